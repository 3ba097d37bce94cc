package org.steward.cost;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Set;
import java.util.function.Supplier;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;

/**
 * Models and costs for the cost tests, created through the services: models owned by the demo owner, costs recorded
 * by the demo developer. Every model is new, so the shared database's demo costs never interfere.
 */
public final class CostFixtures {

    public static final CostCsvMapping MAPPING = new CostCsvMapping(null, null, "date", null, null, "category",
            "amount", "currency", null, "note", "key", false);

    private final RunAs runAs;
    private final CostLedger ledger;
    private final ApprovalFixtures approval;

    public CostFixtures(RunAs runAs, ModelRegister register, ApprovalWorkflow workflow, CostLedger ledger) {
        this.runAs = runAs;
        this.ledger = ledger;
        this.approval = new ApprovalFixtures(runAs, register, workflow, null);
    }

    public ModelView model() {
        return approval.model(EuRiskCategory.MINIMAL, InternalRiskTier.LOW);
    }

    public ModelView highRisk() {
        return approval.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
    }

    public ApprovalFixtures approval() {
        return approval;
    }

    public <T> T as(String username, Role role, Supplier<T> action) {
        return runAs.call(username, Set.of(role), action);
    }

    public static CostEntryView.Details eur(YearMonth month, String amount) {
        return new CostEntryView.Details(null, month.atDay(1), month.atEndOfMonth(), CostCategory.INFERENCE_COMPUTE,
                new BigDecimal(amount), java.util.Currency.getInstance("EUR"), null);
    }

    public CostEntryView record(ModelView model, YearMonth month, String amount) {
        return as("dev", Role.MODEL_DEVELOPER, () -> ledger.record(model.id(), eur(month, amount), CostSource.MANUAL,
                null));
    }

    public ImportCheck importCsv(ModelView model, String csv) {
        return as("dev", Role.MODEL_DEVELOPER, () -> ledger.importCsv(model.id(),
                csv.getBytes(StandardCharsets.UTF_8), "costs.csv", MAPPING));
    }

    public BudgetView budget(ModelView model, int year, String amount) {
        return as("owner", Role.BUSINESS_OWNER, () -> ledger.setBudget(model.id(), BudgetPeriod.year(year),
                new BigDecimal(amount), BudgetLevels.DEFAULT));
    }

    public long entries(ModelView model) {
        return as("auditor", Role.AUDITOR, () -> ledger.countEntries(model.id()));
    }
}
