package org.steward.card;

import java.util.Locale;
import java.util.Optional;

/** The formats a card is exported in: Model Card Toolkit-style JSON, Hugging Face-style markdown, PDF. */
public enum CardFormat {
    JSON("application/json", "json"),
    MARKDOWN("text/markdown", "md"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String suffix;

    CardFormat(String mediaType, String suffix) {
        this.mediaType = mediaType;
        this.suffix = suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    /** The format of a file suffix: json, md (or markdown) or pdf. */
    public static Optional<CardFormat> ofSuffix(String suffix) {
        var s = suffix.toLowerCase(Locale.ROOT);
        if (s.equals("markdown")) {
            return Optional.of(MARKDOWN);
        }
        for (var f : values()) {
            if (f.suffix.equals(s)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
