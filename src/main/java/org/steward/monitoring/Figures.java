package org.steward.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How monitoring writes a figure in reasons, histogram edges and on its page. */
public final class Figures {

    private static final MathContext THREE = new MathContext(3);

    private Figures() {
    }

    /**
     * Three significant digits, so a histogram edge never shows one person's exact value, and figures of 1000 or
     * more without e-notation (1200 ms, 734000); "–" for none.
     */
    public static String threeDigits(@Nullable Double value) {
        if (value == null) {
            return "–";
        }
        return Math.abs(value) >= 1000 && Double.isFinite(value)
                ? new BigDecimal(value).round(THREE).toPlainString()
                : String.format(Locale.ROOT, "%.3g", value);
    }
}
