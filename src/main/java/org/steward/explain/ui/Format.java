package org.steward.explain.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.steward.explain.ExplanationView;
import org.steward.explain.method.ExplanationReport.Kind;

/** How the tab writes figures and methods. */
final class Format {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Format() {
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String method(ExplanationView e) {
        return e.kind() == Kind.SURROGATE ? "Surrogate (R² " + number(e.fidelity()) + ")" : "Imported attributions";
    }
}
