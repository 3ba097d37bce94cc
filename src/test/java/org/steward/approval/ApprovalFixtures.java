package org.steward.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ApprovalStatus;
import org.steward.register.BusinessObjective;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.Kpi;
import org.steward.register.KpiDirection;
import org.steward.register.ModelDetails;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.RegisterSeeding;
import org.steward.register.Stage;
import org.steward.register.VersionDetails;
import org.steward.register.VersionView;

/**
 * Models and versions of the approval tests, created through the register as the demo developer. Tests share one
 * database, so every model has a unique name and the demo models stay untouched.
 */
public final class ApprovalFixtures {

    public static final String SHA_A = "a".repeat(64);
    public static final String SHA_B = "b".repeat(64);
    public static final String RATIONALE = "Reviewed the evidence; fit for purpose.";

    private final RunAs runAs;
    private final ModelRegister register;
    private final ApprovalWorkflow workflow;
    private final @Nullable RegisterSeeding seeding;

    public ApprovalFixtures(RunAs runAs, ModelRegister register, ApprovalWorkflow workflow,
                            @Nullable RegisterSeeding seeding) {
        this.runAs = runAs;
        this.register = register;
        this.workflow = workflow;
        this.seeding = seeding;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ModelDetails details(String name, String owner, EuRiskCategory eu, InternalRiskTier tier) {
        return new ModelDetails(name, "Created by the approval tests.", "testing", owner, "Approval tests",
                new BusinessObjective("Reviews take too long.", "Whether to ship.", "Testers."),
                List.of(new Kpi("Passing tests", "%", new BigDecimal("99"), KpiDirection.HIGHER_IS_BETTER)),
                eu, tier, "Only test data, no decisions about people.", "Testing.", "Production.",
                List.of("test"), LocalDate.of(2030, 1, 31));
    }

    public static VersionDetails version(String label, boolean withLineage) {
        return new VersionDetails(label, "Gradient boosting", "XGBoost 2.1", LocalDate.of(2025, 1, 15),
                withLineage ? SHA_A : null, withLineage ? SHA_B : null, "abc1234", null, "Synthetic.",
                "Also synthetic.", Stage.DEVELOPMENT);
    }

    public <T> T as(String username, Supplier<T> action, Role... roles) {
        return runAs.call(username, roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles)), action);
    }

    /** A model owned by the demo business owner {@code owner}, registered by the demo developer. */
    public ModelView model(EuRiskCategory eu, InternalRiskTier tier) {
        return model("owner", eu, tier);
    }

    public ModelView model(String owner, EuRiskCategory eu, InternalRiskTier tier) {
        return as("dev", () -> register.register(details(unique("Approval test"), owner, eu, tier)),
                Role.MODEL_DEVELOPER);
    }

    public ModelView lowRisk() {
        return model(EuRiskCategory.MINIMAL, InternalRiskTier.LOW);
    }

    public VersionView draft(ModelView model, String label) {
        return draft(model, label, true);
    }

    public VersionView draft(ModelView model, String label, boolean withLineage) {
        return as("dev", () -> register.registerVersion(model.id(), version(label, withLineage)),
                Role.MODEL_DEVELOPER);
    }

    /** A low-risk version submitted by the demo developer. */
    public VersionView submitted(ModelView model, String label) {
        var draft = draft(model, label);
        return as("dev", () -> workflow.submit(model.id(), label, DecisionRequest.of("Ready for review, please.",
                draft.version())), Role.MODEL_DEVELOPER).version();
    }

    /** Puts a version straight into {@code status}, for models whose gates cannot pass yet (no evidence exists). */
    public VersionView seeded(ModelView model, String label, ApprovalStatus status) {
        var draft = draft(model, label);
        if (seeding == null) {
            throw new IllegalStateException("no seeding");
        }
        seeding.seed(draft.id(), status, Stage.STAGING);
        return current(model, label);
    }

    public VersionView current(ModelView model, String label) {
        return as("auditor", () -> register.version(model.id(), label), Role.AUDITOR);
    }
}
