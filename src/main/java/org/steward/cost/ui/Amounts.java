package org.steward.cost.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.steward.base.DomainException;
import org.steward.base.HasFieldErrors;
import org.steward.base.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import org.steward.cost.Money;

/** How the cost views write amounts, ratios and errors. */
final class Amounts {

    private Amounts() {
    }

    /** "EUR 12,345.60"; a dash for none. */
    static String money(@Nullable BigDecimal amount, String currency) {
        if (amount == null) {
            return "–";
        }
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return currency + " " + format.format(amount.setScale(2, Money.ROUNDING));
    }

    /** "83%" for 0.83; a dash for none. */
    static String percent(@Nullable BigDecimal ratio) {
        return ratio == null ? "–" : ratio.movePointRight(2).setScale(0, Money.ROUNDING).toPlainString() + "%";
    }

    static String number(@Nullable BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    /** Marks the fields named by the exception's errors; everything else goes to a notification. */
    static void show(DomainException e, Map<String, ? extends HasValidation> fields) {
        if (e instanceof HasFieldErrors errors) {
            var unshown = new StringBuilder();
            errors.fieldErrors().forEach((key, message) -> {
                var field = fields.get(key);
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    unshown.append(unshown.isEmpty() ? "" : "; ").append(key).append(": ").append(message);
                }
            });
            if (!unshown.isEmpty()) {
                Notifications.error(unshown.toString());
            }
            return;
        }
        Notifications.error(e.getMessage());
    }
}
