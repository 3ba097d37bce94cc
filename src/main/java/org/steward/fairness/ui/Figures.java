package org.steward.fairness.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.steward.fairness.measure.FairnessResult.Estimate;
import org.steward.fairness.measure.Verdict;

/** How the fairness views show numbers, intervals, verdicts and times (UTC). */
final class Figures {

    static final String NONE = "—";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Figures() {
    }

    static String number(@Nullable Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.3f", value);
    }

    /** "0.430 [0.335, 0.527]", or just the value without an interval. */
    static String withInterval(Estimate e) {
        return number(e.value()) + (e.hasInterval() ? " " + interval(e) : "");
    }

    static String interval(Estimate e) {
        return e.hasInterval() ? "[" + number(e.low()) + ", " + number(e.high()) + "]" : NONE;
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }

    /** The badge level of a verdict: pass green, fail red, not evaluable amber. */
    static String level(@Nullable Verdict verdict) {
        if (verdict == null) {
            return "neutral";
        }
        return switch (verdict) {
            case PASS -> "low";
            case FAIL -> "high";
            case NOT_EVALUABLE -> "medium";
        };
    }
}
