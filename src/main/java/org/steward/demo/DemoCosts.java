package org.steward.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.steward.cost.BudgetLevels;
import org.steward.cost.BudgetPeriod;
import org.steward.cost.CostCategory;
import org.steward.cost.CostCsvMapping;
import org.steward.cost.CostLedger;
import org.steward.cost.CostSource;
import org.steward.cost.ModelValue;
import org.steward.cost.ValueRule;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ModelRegister;
import org.steward.register.ModelSummary;
import org.steward.register.RegisterFilter;

/**
 * Seeds a year of monthly costs (imported as CSV, like a finance export), KPI values, prediction volumes, budgets
 * and value rules through the cost services, so that budget alerts and review flags are raised by Steward itself.
 * Card fraud detection runs over its budget (inference compute surges in the last months); Subscription churn
 * uplift's retained subscribers fall until their value no longer covers its cost, and its review rule flags it.
 */
@Component
class DemoCosts {

    static final String OVER_BUDGET = "Card fraud detection";
    static final String NOT_COVERED = "Subscription churn uplift";
    private static final long SEED = 20261;
    private static final CostCsvMapping MAPPING = new CostCsvMapping(null, null, "month", null, null, "category",
            "amount", "currency", null, "note", "key", false);

    /**
     * Base monthly cost per category in the currency of the bill; the budget of the last month's year is
     * {@code budgetRatio} times the base costs of the seeded months in that year (below 1: over budget).
     */
    private record Plan(String model, String owner, String currency, Map<CostCategory, Integer> monthly,
                        double budgetRatio, IntFunction<Double> trend) {

        BigDecimal budget(int months) {
            var base = monthly.values().stream().mapToInt(Integer::intValue).sum();
            var rate = currency.equals("USD") ? 0.92 : 1.0;
            return BigDecimal.valueOf(Math.round(base * rate * months * budgetRatio / 1000.0) * 1000L);
        }
    }

    private static final List<Plan> PLANS = List.of(
            new Plan(OVER_BUDGET, "owner", "EUR", Map.of(CostCategory.INFERENCE_COMPUTE, 14_000,
                    CostCategory.TRAINING_COMPUTE, 3_000, CostCategory.STORAGE, 1_500, CostCategory.PEOPLE, 12_000,
                    CostCategory.MONITORING, 1_000), 0.95, m -> m >= 8 ? 1.6 : 1.0),
            new Plan(NOT_COVERED, "owner2", "EUR", Map.of(CostCategory.INFERENCE_COMPUTE, 2_500,
                    CostCategory.TRAINING_COMPUTE, 1_200, CostCategory.DATA, 900, CostCategory.PEOPLE, 5_500),
                    1.35, m -> 1.0),
            new Plan("Retail credit scoring", "owner", "EUR", Map.of(CostCategory.INFERENCE_COMPUTE, 4_000,
                    CostCategory.TRAINING_COMPUTE, 1_500, CostCategory.PEOPLE, 14_000, CostCategory.MONITORING,
                    800), 1.15, m -> 1.0),
            new Plan("Telecom churn propensity", "owner2", "EUR", Map.of(CostCategory.INFERENCE_COMPUTE, 1_800,
                    CostCategory.STORAGE, 400, CostCategory.PEOPLE, 6_000), 1.3, m -> 1.0),
            new Plan("Store demand forecast", "owner2", "USD", Map.of(CostCategory.INFERENCE_COMPUTE, 6_500,
                    CostCategory.TRAINING_COMPUTE, 2_200, CostCategory.STORAGE, 900, CostCategory.OTHER, 300),
                    1.4, m -> 1.0));

    private final CostLedger ledger;
    private final ModelValue value;
    private final ModelRegister register;
    private final RunAs runAs;
    private final Clock clock;

    DemoCosts(CostLedger ledger, ModelValue value, ModelRegister register, RunAs runAs, Clock clock) {
        this.ledger = ledger;
        this.value = value;
        this.register = register;
        this.runAs = runAs;
        this.clock = clock;
    }

    /** Seeds the last twelve full months before the current one. */
    void seed() {
        var last = YearMonth.now(clock).minusMonths(1);
        var first = last.minusMonths(11);
        runAs.run("admin", Set.of(Role.ADMIN), () -> {
            for (var m = first; !m.isAfter(last.plusMonths(1)); m = m.plusMonths(1)) {
                var i = (int) first.until(m, java.time.temporal.ChronoUnit.MONTHS);
                ledger.setRate("USD", m, new BigDecimal("0.9200").add(BigDecimal.valueOf((i % 5) - 2, 3)));
            }
        });
        var random = new Random(SEED);
        for (var plan : PLANS) {
            var id = idOf(plan.model());
            runAs.run(plan.owner(), Set.of(Role.BUSINESS_OWNER), () -> {
                ledger.setBudget(id, BudgetPeriod.year(last.getYear()), plan.budget(last.getMonthValue()),
                        BudgetLevels.DEFAULT);
            });
            runAs.run("dev", Set.of(Role.MODEL_DEVELOPER), () -> ledger.importCsv(id,
                    csv(plan, first, last, random).getBytes(StandardCharsets.UTF_8), "finance-export.csv", MAPPING));
        }
        runAs.run("dev", Set.of(Role.MODEL_DEVELOPER), () -> measure(first, last));
        runAs.run("owner2", Set.of(Role.BUSINESS_OWNER), () -> {
            value.setRule(idOf(NOT_COVERED), new ValueRule("Incremental retained subscribers", new BigDecimal("9"),
                    new BigDecimal("10"), 2, 3));
            value.setRule(idOf("Telecom churn propensity"), new ValueRule("Monthly churn", null, null, null, 3));
        });
        runAs.run("owner", Set.of(Role.BUSINESS_OWNER), () -> {
            value.setRule(idOf(OVER_BUDGET), new ValueRule("Fraud loss", null, null, null, 3));
            value.setRule(idOf("Retail credit scoring"), new ValueRule("Straight-through approvals", null, null, null,
                    3));
        });
    }

    private static String csv(Plan plan, YearMonth first, YearMonth last, Random random) {
        var csv = new StringBuilder("month,category,amount,currency,note,key\n");
        var i = 0;
        for (var m = first; !m.isAfter(last); m = m.plusMonths(1), i++) {
            for (var category : CostCategory.values()) {
                var base = plan.monthly().get(category);
                if (base == null) {
                    continue;
                }
                var factor = category == CostCategory.INFERENCE_COMPUTE ? plan.trend().apply(i) : 1.0;
                var amount = BigDecimal.valueOf(base * factor * (0.9 + 0.2 * random.nextDouble()))
                        .setScale(2, RoundingMode.HALF_EVEN);
                csv.append(m).append(',').append(category.name()).append(',').append(amount.toPlainString())
                        .append(',').append(plan.currency()).append(",monthly ").append(category.label()
                                .toLowerCase()).append(" bill,").append("demo-").append(m).append('-')
                        .append(category.name()).append('\n');
            }
        }
        return csv.toString();
    }

    private void measure(YearMonth first, YearMonth last) {
        var i = 0;
        for (var m = first; !m.isAfter(last); m = m.plusMonths(1), i++) {
            // retained subscribers fall from 1,500 to about 700: worth EUR 9 each, no longer covering ~EUR 10k a month
            kpi(NOT_COVERED, "Incremental retained subscribers", m, 1500 - 75 * i);
            kpi(OVER_BUDGET, "Fraud loss", m, 5.2 + 0.05 * (i % 4));
            kpi(OVER_BUDGET, "False positive rate", m, 0.45 + 0.01 * (i % 3));
            kpi("Retail credit scoring", "Straight-through approvals", m, 58 + 0.4 * i);
            kpi("Retail credit scoring", "Default rate of approved loans", m, 2.3 + 0.02 * (i % 5));
            kpi("Telecom churn propensity", "Monthly churn", m, 1.9 - 0.02 * i);
            value.recordPredictions(idOf(OVER_BUDGET), m, 41_000_000L + 500_000L * i);
            value.recordPredictions(idOf("Store demand forecast"), m, 2_400_000L);
            value.recordPredictions(idOf("Telecom churn propensity"), m, 3_100_000L);
        }
    }

    private void kpi(String model, String kpi, YearMonth month, double measured) {
        value.measure(idOf(model), kpi, month, BigDecimal.valueOf(measured).setScale(2, RoundingMode.HALF_EVEN),
                CostSource.MANUAL, null);
    }

    private long idOf(String name) {
        return register.list(new RegisterFilter(name, null, null, null, null, null), PageRequest.of(0, 20)).stream()
                .filter(m -> m.name().equals(name)).mapToLong(ModelSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo model '" + name + "' not seeded"));
    }
}
