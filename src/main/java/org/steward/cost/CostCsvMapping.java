package org.steward.cost;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which CSV column holds what. A row's period is either one {@code date} column (a day, yyyy-MM-dd, or a whole
 * month, yyyy-MM) or {@code start} and {@code end}. Without a {@code model} column every row is a cost of the model
 * the import is for; without a {@code currency} column every amount is in {@code defaultCurrency}; without a
 * {@code key} column a row's import key is made of its model, version, period, category, amount and currency.
 * Negative amounts (credits, refunds) are refused unless {@code allowCredits}.
 */
public record CostCsvMapping(@Nullable String model, @Nullable String version, @Nullable String date,
                             @Nullable String start, @Nullable String end, String category, String amount,
                             @Nullable String currency, @Nullable String defaultCurrency, @Nullable String note,
                             @Nullable String key, boolean allowCredits) {

    public CostCsvMapping {
        category = category == null ? "" : category.strip();
        amount = amount == null ? "" : amount.strip();
    }

    /** The columns the mapping names, for checking them against the header. */
    List<String> columns() {
        var names = new ArrayList<String>();
        for (var c : new String[] {model, version, date, start, end, category, amount, currency, note, key}) {
            if (c != null && !c.isBlank()) {
                names.add(c);
            }
        }
        return names;
    }

    /** A mapping of the header's conventional names (model, version, date, start, end, category, ...). */
    public static CostCsvMapping suggest(List<String> header) {
        return new CostCsvMapping(find(header, "model", "model_name", "model_id"), find(header, "version"),
                find(header, "date", "month", "day"), find(header, "start", "period_start", "from"),
                find(header, "end", "period_end", "to"), orEmpty(find(header, "category", "cost_category")),
                orEmpty(find(header, "amount", "cost", "value")), find(header, "currency", "ccy"), null,
                find(header, "note", "description", "comment"), find(header, "key", "import_key", "id", "line_id"),
                false);
    }

    private static @Nullable String find(List<String> header, String... names) {
        for (var n : names) {
            for (var h : header) {
                if (h.equalsIgnoreCase(n)) {
                    return h;
                }
            }
        }
        return null;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
