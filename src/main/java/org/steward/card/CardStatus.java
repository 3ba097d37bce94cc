package org.steward.card;

/** A card version is a draft until published; a published card never changes again. */
public enum CardStatus {
    DRAFT("Draft"), PUBLISHED("Published");

    private final String label;

    CardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
