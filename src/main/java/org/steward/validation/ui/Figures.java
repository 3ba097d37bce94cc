package org.steward.validation.ui;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.steward.statistics.Interval;
import org.steward.validation.ValidationReport.MetricResult;

/** How the tab writes figures: three decimals, intervals in brackets, "—" for what is undefined. */
final class Figures {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Figures() {
    }

    static String number(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** A setting as written, e.g. 0.05 or 0.5: no padding zeros. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String interval(@Nullable Interval interval) {
        return interval == null ? "" : "[" + number(interval.low()) + ", " + number(interval.high()) + "]";
    }

    /** "0.831 [0.802, 0.860]", or "— (reason)" when the metric is undefined. */
    static String metric(MetricResult m) {
        if (m.value() == null) {
            return "— (" + (m.reason() == null ? "undefined" : m.reason().replaceFirst("^Undefined: ", "")
                    .replaceFirst("\\.$", "")) + ")";
        }
        var interval = interval(m.interval());
        return interval.isEmpty() ? number(m.value()) : number(m.value()) + " " + interval;
    }
}
