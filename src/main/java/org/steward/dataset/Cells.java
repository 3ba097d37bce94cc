package org.steward.dataset;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/** How Steward reads one cell of a scored sample: missing-value markers, numbers and class labels. */
final class Cells {

    /** What exports write for "no value" (pandas, R, SQL, spreadsheets); never a valid value in a mapped column. */
    private static final Set<String> MISSING = Set.of("", "nan", "na", "n/a", "null", "none", "inf", "+inf", "-inf",
            "infinity", "+infinity", "-infinity");

    private Cells() {
    }

    /** Blank, or a missing-value marker such as NaN, NA, null or Infinity (any case). */
    static boolean isMissing(String cell) {
        return MISSING.contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    /** The cell as a finite number, or NaN when it is not one ({@code 1e-3} and {@code -2.5} are numbers). */
    static double number(String cell) {
        var text = cell.strip();
        if (text.isEmpty() || !looksNumeric(text)) {
            return Double.NaN;
        }
        try {
            var value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static boolean isNumber(String cell) {
        return !Double.isNaN(number(cell));
    }

    /**
     * The index of the class this cell names: the exact label first, otherwise a label with the same numeric value
     * (so {@code 1.0} in the file matches the declared class {@code 1}).
     */
    static OptionalInt classIndex(String cell, List<String> classes) {
        var text = cell.strip();
        var exact = classes.indexOf(text);
        if (exact >= 0) {
            return OptionalInt.of(exact);
        }
        var value = number(text);
        if (Double.isNaN(value)) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < classes.size(); i++) {
            if (number(classes.get(i)) == value) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Rejects what Double.parseDouble accepts but a CSV number is not: hex floats, "NaN", trailing d/f. */
    private static boolean looksNumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return true;
    }
}
