package org.steward.card;

/** What a reader of a card tells its owner. */
public enum FeedbackKind {
    CLARITY("Clarity rating"),
    QUESTION("Question"),
    PROBLEM("Problem report"),
    CONTEST("Contested decision");

    private final String label;

    FeedbackKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
