package org.steward.card;

/** An exported card: its bytes, media type and a file name such as {@code retail-credit-scoring-1.1.0-card-2.md}. */
public record CardExport(byte[] bytes, CardFormat format, String fileName) {

    public CardExport {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
