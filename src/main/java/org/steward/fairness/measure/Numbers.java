package org.steward.fairness.measure;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Formatting of rates and measures for reasons and tables: two decimals, or three below 0.01. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(@Nullable Double value) {
        if (value == null) {
            return "—";
        }
        var v = value.doubleValue();
        return String.format(Locale.ROOT, v != 0 && Math.abs(v) < 0.01 ? "%.3f" : "%.2f", v);
    }
}
