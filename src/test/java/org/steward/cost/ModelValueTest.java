package org.steward.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.GateOutcome;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.monitoring.MonitoringFixtures;
import org.steward.monitoring.MonitoringIngest;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import tools.jackson.databind.JsonNode;

/** KPI values, the value rule and its review flag, derived figures, the portfolio and the cost estimate gate. */
@SpringBootTest
@RecordApplicationEvents
class ModelValueTest {

    private static final String KPI = "Passing tests";

    @Autowired
    ModelValue value;

    @Autowired
    CostLedger ledger;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RunAs runAs;

    @Autowired
    MonitoringIngest ingest;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    CostFixtures f;
    YearMonth last;

    @BeforeEach
    void setUp() {
        f = new CostFixtures(runAs, register, workflow, ledger);
        last = YearMonth.now(clock).minusMonths(1);
    }

    private KpiValue measure(ModelView model, YearMonth month, String measured) {
        return f.as("dev", Role.MODEL_DEVELOPER, () -> value.measure(model.id(), KPI, month, new BigDecimal(measured),
                CostSource.MANUAL, null));
    }

    @Test
    void kpi_values_are_recorded_per_month_and_a_second_value_replaces_the_first() {
        var model = f.model();
        measure(model, last, "97");
        measure(model, last, "98.5");
        var values = f.as("auditor", Role.AUDITOR, () -> value.kpiValues(model.id(), PageRequest.of(0, 10)));
        assertThat(values).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualByComparingTo("98.5");
            assertThat(v.month()).isEqualTo(last);
        });
        assertThat(events.stream(CostEvent.KpiMeasured.class).filter(e -> e.modelId() == model.id())).hasSize(2);
    }

    @Test
    void unknown_kpis_and_future_months_are_refused() {
        var model = f.model();
        assertThatThrownBy(() -> f.as("dev", Role.MODEL_DEVELOPER, () -> value.measure(model.id(), "Smiles", last,
                BigDecimal.ONE, CostSource.MANUAL, null))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("kpi"));
        assertThatThrownBy(() -> measure(model, YearMonth.now(clock).plusMonths(1), "1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("month"));
        assertThatThrownBy(() -> f.as("owner2", Role.BUSINESS_OWNER, () -> value.measure(model.id(), KPI, last,
                BigDecimal.ONE, CostSource.MANUAL, null))).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void the_review_rule_flags_the_model_once_when_the_kpi_misses_its_target_for_n_months() {
        var model = f.model();
        measure(model, last.minusMonths(2), "99.5");
        measure(model, last.minusMonths(1), "95");
        f.as("owner", Role.BUSINESS_OWNER, () -> value.setRule(model.id(), new ValueRule(KPI, null, null, null, 2)));
        assertThat(flags(model)).isZero();

        measure(model, last, "96");
        assertThat(flags(model)).isEqualTo(1);
        assertThat(f.as("risk", Role.RISK_OFFICER, () -> value.reviewFlag(model.id()))).hasValueSatisfying(
                r -> assertThat(r).startsWith("Passing tests missed its target of 99 % in each of the last 2"));
        // the same finding again is not a new flag
        measure(model, last, "96.5");
        assertThat(flags(model)).isEqualTo(1);
        measure(model, last, "99");
        assertThat(f.as("risk", Role.RISK_OFFICER, () -> value.reviewFlag(model.id()))).isEmpty();
    }

    @Test
    void only_the_owner_sets_a_rule_and_it_must_name_a_kpi_of_the_objective() {
        var model = f.model();
        assertThatThrownBy(() -> f.as("owner", Role.BUSINESS_OWNER, () -> value.setRule(model.id(),
                new ValueRule("Smiles", BigDecimal.ZERO, BigDecimal.ONE, null, 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("valueKpi", "unitValue", "costPeriods", "belowTargetPeriods"));
        assertThatThrownBy(() -> f.as("owner2", Role.BUSINESS_OWNER, () -> value.setRule(model.id(),
                new ValueRule(KPI, null, null, null, 2)))).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void months_without_a_recorded_volume_count_the_monitored_predictions() {
        var model = f.model();
        f.approval().draft(model, "1.0.0");
        f.record(model, last, "3000");
        var noon = last.atDay(10).atTime(12, 0).toInstant(ZoneOffset.UTC);
        f.as("dev", Role.MODEL_DEVELOPER, () -> {
            ingest.acceptBatch(model.id(), "1.0.0", "a", batch(300, noon));
            ingest.acceptBatch(model.id(), "1.0.0", "b", batch(200, noon.plus(Duration.ofDays(5))));
            ingest.acceptBatch(model.id(), "1.0.0", "c", batch(50, noon.minus(Duration.ofDays(40))));
            return null;
        });

        var monitored = f.as("auditor", Role.AUDITOR, () -> value.figures(model.id(), last, last));
        assertThat(monitored.costPerThousand()).isEqualByComparingTo("6000");

        f.as("dev", Role.MODEL_DEVELOPER, () -> {
            value.recordPredictions(model.id(), last, 1_500_000);
            return null;
        });
        var recorded = f.as("auditor", Role.AUDITOR, () -> value.figures(model.id(), last, last));
        assertThat(recorded.costPerThousand()).isEqualByComparingTo("2");
    }

    private static JsonNode batch(int rows, Instant observedAt) {
        var body = MonitoringFixtures.rows(rows, 0, null);
        return MonitoringFixtures.json("{\"observedAt\":\"" + observedAt + "\","
                + body.substring(1));
    }

    @Test
    void figures_and_the_portfolio_come_from_the_recorded_costs_values_and_predictions() {
        var model = f.model();
        f.record(model, last, "3000");
        measure(model, last, "100");
        f.as("dev", Role.MODEL_DEVELOPER, () -> {
            value.recordPredictions(model.id(), last, 1_500_000);
            return null;
        });
        f.as("owner", Role.BUSINESS_OWNER, () -> value.setRule(model.id(), new ValueRule(KPI, new BigDecimal("45"),
                null, null, null)));
        f.budget(model, last.getYear(), "6000");

        var figures = f.as("auditor", Role.AUDITOR, () -> value.figures(model.id(), last, last));
        assertThat(figures.totalCost()).isEqualByComparingTo("3000");
        assertThat(figures.costPerThousand()).isEqualByComparingTo("2");
        assertThat(figures.costPerKpiUnit()).isEqualByComparingTo("30");
        assertThat(figures.value()).isEqualByComparingTo("4500");
        assertThat(figures.roi()).isEqualByComparingTo("0.5");

        var rows = f.as("auditor", Role.AUDITOR, () -> value.portfolio(last.getYear(),
                PageRequest.of(0, 1000, Sort.by(Sort.Direction.DESC, "roi"))));
        var row = rows.stream().filter(r -> r.modelId() == model.id()).findFirst().orElseThrow();
        assertThat(row.cost()).isEqualByComparingTo("3000");
        assertThat(row.budgetUsed()).isEqualByComparingTo("0.5");
        assertThat(row.roi()).isEqualByComparingTo("0.5");
        assertThat(row.kpiMet()).isTrue();
        // rows without ROI sort last in both directions
        var rois = rows.stream().map(PortfolioRow::roi).toList();
        assertThat(rois.indexOf(null) < 0 || rois.subList(rois.indexOf(null), rois.size()).stream()
                .allMatch(java.util.Objects::isNull)).isTrue();
        var csv = f.as("auditor", Role.AUDITOR, () -> value.portfolioCsv(last.getYear()));
        assertThat(csv).startsWith("model_id,model,owner,domain,status,cost,budget,budget_used,value,roi,"
                + "value_kpi_met,review,currency");
        assertThat(csv).contains(model.id() + "," + model.name() + ",owner,testing,,3000.00,6000.00,0.5000,"
                + "4500.00,0.5000,true,,EUR");
    }

    @Test
    void an_unknown_sort_column_is_refused() {
        assertThatThrownBy(() -> f.as("auditor", Role.AUDITOR, () -> value.portfolio(2026,
                PageRequest.of(0, 10, Sort.by("colour"))))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void high_risk_models_need_a_budget_for_this_year_or_later_to_pass_the_cost_estimate_gate() {
        var model = f.highRisk();
        f.approval().draft(model, "1.0.0");
        assertThat(gate(model).outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(gate(model).reason()).startsWith("No cost estimate");

        f.budget(model, last.getYear() - 1, "1000");
        assertThat(gate(model).outcome()).isEqualTo(GateOutcome.FAIL);
        f.budget(model, YearMonth.now(clock).getYear() + 1, "120000");
        assertThat(gate(model).outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(gate(model).reason()).contains("budget " + (YearMonth.now(clock).getYear() + 1)
                + ": EUR 120000.00, 0% used");

        var low = f.model();
        f.approval().draft(low, "1.0.0");
        assertThat(gate(low).outcome()).isEqualTo(GateOutcome.NOT_APPLICABLE);
    }

    private org.steward.approval.GateEvaluation gate(ModelView model) {
        return f.as("auditor", Role.AUDITOR, () -> workflow.gates(model.id(), "1.0.0")).stream()
                .filter(g -> g.gate().equals("Cost estimate")).findFirst().orElseThrow();
    }

    private long flags(ModelView model) {
        return events.stream(CostEvent.FlaggedForReview.class).filter(e -> e.modelId() == model.id()).count();
    }
}
