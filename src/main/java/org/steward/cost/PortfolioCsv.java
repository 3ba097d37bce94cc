package org.steward.cost;

import static org.steward.base.CsvCells.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** Writes portfolio rows as CSV: amounts in the reporting currency with 2 decimals, shares as ratios. */
final class PortfolioCsv {

    private static final String[] HEADER = {"model_id", "model", "owner", "domain", "status", "cost", "budget",
        "budget_used", "value", "roi", "value_kpi_met", "review", "currency"};

    private PortfolioCsv() {
    }

    static String write(List<PortfolioRow> rows, String currency) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (var r : rows) {
                printer.printRecord(r.modelId(), text(r.name()), text(r.owner()), text(r.domain()),
                        r.status() == null ? "" : r.status().name(), amount(r.cost()), amount(r.budget()),
                        ratio(r.budgetUsed()), amount(r.value()), ratio(r.roi()),
                        r.kpiMet() == null ? "" : r.kpiMet(), r.review() == null ? "" : r.review(), currency);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String amount(@Nullable BigDecimal a) {
        return a == null ? "" : a.setScale(2, Money.ROUNDING).toPlainString();
    }

    private static String ratio(@Nullable BigDecimal a) {
        return a == null ? "" : a.setScale(4, Money.ROUNDING).toPlainString();
    }
}
