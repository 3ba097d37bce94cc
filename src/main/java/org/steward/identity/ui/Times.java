package org.steward.identity.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** One unambiguous way to show instants in the identity views: minutes, in UTC, labelled. */
final class Times {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String format(@Nullable Instant instant, String whenAbsent) {
        return instant == null ? whenAbsent : FORMAT.format(instant);
    }
}
