package org.steward.monitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One feature value as sent: a number, a text, or missing. Booleans arrive as the texts "true" and "false". A
 * number compared as a category is written without trailing zeros, so 1, 1.0 and 1.00 are one category.
 */
record Cell(@Nullable Double number, @Nullable String text) {

    static final Cell MISSING = new Cell(null, null);

    static Cell of(double value) {
        return new Cell(value, null);
    }

    static Cell of(String value) {
        return new Cell(null, value);
    }

    boolean missing() {
        return number == null && text == null;
    }

    boolean isNumber() {
        return number != null;
    }

    /** The value as a category. */
    String category() {
        if (number != null) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return text == null ? "" : text;
    }
}
