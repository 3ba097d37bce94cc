package org.steward.monitoring.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.steward.monitoring.MonitoringStatus;

/** How monitoring figures are written in the tab. */
final class Shown {

    static final String NONE = "—";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Shown() {
    }

    static String number(@Nullable Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, Math.abs(value) >= 1000 ? "%.0f" : "%.3g", value);
    }

    /** A whole number of megabytes, e.g. 1536. */
    static String megabytes(@Nullable Double mb) {
        return mb == null ? NONE : String.format(Locale.ROOT, "%.0f", mb);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String time(@Nullable Instant instant) {
        return instant == null ? NONE : TIME.format(instant);
    }

    /** The badge level of a status. */
    static String level(MonitoringStatus status) {
        return switch (status) {
            case GREEN -> "low";
            case AMBER -> "medium";
            case RED -> "high";
        };
    }
}
