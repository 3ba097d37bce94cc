package org.steward.base;

import org.jspecify.annotations.Nullable;

/**
 * Text cells of the CSV files Steward writes from stored text (model names, owners, notes). A spreadsheet runs a
 * cell that starts with {@code = + - @}, a tab or a carriage return as a formula ({@code =cmd|' /C calc'!A0}), so
 * such a cell gets a leading apostrophe, as OWASP advises. Numbers are written as they are.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
