package org.steward.dataset;

import java.util.ArrayList;
import java.util.List;

/** The first few rows with a problem, for a message: "row 4 (line 5) 'abc', row 9 (line 10) blank and 3 more". */
final class RowList {

    static final int SHOWN = 5;
    private static final int LONGEST_VALUE = 40;

    private final List<String> shown = new ArrayList<>();
    private int count;

    /** Adds a row with the cell value that is wrong with it. */
    void addValue(int row, long line, String value) {
        add(row, line, describe(value));
    }

    /** Adds a row with a note on what is wrong with it. */
    void add(int row, long line, String note) {
        count++;
        if (shown.size() < SHOWN) {
            shown.add("row " + row + " (line " + line + ") " + note);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    @Override
    public String toString() {
        var text = String.join(", ", shown);
        return count > shown.size() ? text + " and " + (count - shown.size()) + " more" : text;
    }

    private static String describe(String value) {
        if (value.isBlank()) {
            return "blank";
        }
        var text = value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) + "…" : value;
        return "'" + text + "'";
    }
}
