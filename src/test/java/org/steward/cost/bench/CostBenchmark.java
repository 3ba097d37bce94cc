package org.steward.cost.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.steward.cost.CostBook;
import org.steward.cost.CostCategory;
import org.steward.cost.CostCsv;
import org.steward.cost.CostCsvMapping;
import org.steward.cost.ExchangeRates;
import org.steward.cost.ImportCheck;
import org.steward.cost.ValueCalculator;
import org.steward.cost.ValueFigures;
import org.steward.cost.ValueRule;
import org.steward.register.Kpi;
import org.steward.register.KpiDirection;

/**
 * The cost side without the database. {@code portfolio}: the books and figures of 1,000 models with three years of
 * monthly costs in five categories, half of them in USD (180,000 entries), as the portfolio computes them; target
 * under 1 s. {@code importCheck}: checking a cost CSV of the largest accepted size, 50,000 rows; target under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3)
@Measurement(iterations = 10)
public class CostBenchmark {

    private static final int MODELS = 1000;
    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Kpi KPI = new Kpi("Retained", "customers", new BigDecimal("100"),
            KpiDirection.HIGHER_IS_BETTER);

    ExchangeRates rates;
    List<List<CostBook.Entry>> entries;
    Map<String, TreeMap<YearMonth, BigDecimal>> measured;
    byte[] csv;

    @Setup
    public void build() {
        var rng = new SplittableRandom(7);
        rates = new ExchangeRates(EUR);
        for (int m = 0; m < 36; m++) {
            rates.with(USD, FIRST.plusMonths(m), BigDecimal.valueOf(9000 + rng.nextInt(400), 4));
        }
        entries = new ArrayList<>();
        var categories = List.of(CostCategory.INFERENCE_COMPUTE, CostCategory.TRAINING_COMPUTE, CostCategory.STORAGE,
                CostCategory.PEOPLE, CostCategory.MONITORING);
        for (int i = 0; i < MODELS; i++) {
            var model = new ArrayList<CostBook.Entry>();
            for (int m = 0; m < 36; m++) {
                var month = FIRST.plusMonths(m);
                for (var c : categories) {
                    model.add(new CostBook.Entry(month.atDay(1), month.atEndOfMonth(), c,
                            BigDecimal.valueOf(100_000 + rng.nextInt(900_000), 2), i % 2 == 0 ? EUR : USD));
                }
            }
            entries.add(model);
        }
        var values = new TreeMap<YearMonth, BigDecimal>();
        for (int m = 0; m < 36; m++) {
            values.put(FIRST.plusMonths(m), BigDecimal.valueOf(80 + rng.nextInt(40)));
        }
        measured = Map.of("Retained", values);
        var text = new StringBuilder("month,category,amount,currency,key\n");
        for (int r = 0; r < CostCsv.MAX_ROWS; r++) {
            text.append(FIRST.plusMonths(r % 36)).append(",INFERENCE_COMPUTE,").append(rng.nextInt(100_000))
                    .append('.').append(rng.nextInt(10)).append(r % 2 == 0 ? ",EUR," : ",USD,").append("line-")
                    .append(r).append('\n');
        }
        csv = text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public List<ValueFigures> portfolio() {
        var rule = new ValueRule("Retained", new BigDecimal("40"), new BigDecimal("500"), 2, 3);
        var result = new ArrayList<ValueFigures>(MODELS);
        for (var model : entries) {
            var book = CostBook.of(model, rates);
            result.add(ValueCalculator.of(book, YearMonth.of(2026, 1), YearMonth.of(2026, 12), Map.of(),
                    List.of(KPI), measured, rule));
        }
        return result;
    }

    @Benchmark
    public ImportCheck importCheck() {
        var mapping = new CostCsvMapping(null, null, "month", null, null, "category", "amount", "currency", null,
                null, "key", false);
        return CostCsv.check(csv, mapping, new CostCsv.Context() {
            @Override
            public Optional<Long> model(@Nullable String cell) {
                return Optional.of(1L);
            }

            @Override
            public boolean versionExists(long modelId, String label) {
                return true;
            }

            @Override
            public boolean keyStored(long modelId, String key) {
                return false;
            }

            @Override
            public ExchangeRates rates() {
                return rates;
            }
        });
    }
}
