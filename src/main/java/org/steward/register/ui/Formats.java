package org.steward.register.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** How the register shows dates and times; times are in UTC so everyone reads the same value. */
final class Formats {

    static final String NONE = "—";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? NONE : date.toString();
    }

    static String time(@Nullable Instant instant) {
        return instant == null ? NONE : TIME.format(instant);
    }

    static String text(@Nullable String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
