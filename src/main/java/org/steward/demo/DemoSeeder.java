package org.steward.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionRequest;
import org.steward.approval.RiskLevel;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelDetails;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterFilter;
import org.steward.register.RegisterSeeding;
import org.steward.register.Stage;
import org.steward.register.VersionDetails;
import org.steward.register.VersionView;
import org.steward.base.Sha256;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.identity.UserProvisioning;

/**
 * Seeds demo users and, on an empty register, the demo models. Models are registered through the same
 * service, rules and change log as any user's, acting as the demo developer; versions reach their status through
 * the approval workflow wherever it honestly can (see {@link #reach}).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final UserProvisioning users;
    private final ModelRegister register;
    private final RegisterSeeding seeding;
    private final ApprovalWorkflow workflow;
    private final DemoSamples samples;
    private final DemoCosts costs;
    private final DemoProtection protection;
    private final DemoMonitoring monitoring;
    private final DemoCards cards;
    private final DemoCompliance compliance;
    private final RunAs runAs;
    private final Clock clock;

    DemoSeeder(UserProvisioning users, ModelRegister register, RegisterSeeding seeding, ApprovalWorkflow workflow,
               DemoSamples samples, DemoCosts costs, DemoProtection protection, DemoMonitoring monitoring,
               DemoCards cards, DemoCompliance compliance, RunAs runAs, Clock clock) {
        this.cards = cards;
        this.compliance = compliance;
        this.samples = samples;
        this.costs = costs;
        this.protection = protection;
        this.monitoring = monitoring;
        this.users = users;
        this.runAs = runAs;
        this.register = register;
        this.seeding = seeding;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoUsers.ALL.forEach(u -> users.ensureUser(u.username(), u.displayName(),
                u.username() + "@steward.example", DemoUsers.PASSWORD, u.roles()));
        runAs.run("dev", Set.of(Role.MODEL_DEVELOPER), () -> {
            if (register.count(RegisterFilter.NONE) == 0) {
                DemoRegister.MODELS.forEach(this::seed);
                costs.seed();
                log.info("Seeded the demo register with {} models", DemoRegister.MODELS.size());
            }
        });
    }

    private void seed(DemoRegister.DemoModel m) {
        var today = LocalDate.now(clock);
        var details = new ModelDetails(m.name(), m.description(), m.domain(), m.owner(), m.team(),
                m.objective(), m.kpis(), m.eu(), m.tier(), m.justification(), m.intendedUse(), m.outOfScope(),
                m.tags(), today.plusDays(m.reviewInDays()));
        var model = register.register(details);
        protection.seed(m.name(), model.id(), m.owner());
        String parent = null;
        for (var v : m.versions()) {
            var seed = m.name() + "/" + v.label();
            var version = register.registerVersion(model.id(), new VersionDetails(v.label(), v.algorithm(),
                    v.framework(), today.minusDays(v.trainedDaysAgo()), Sha256.hex("artifact:" + seed),
                    Sha256.hex("training-data:" + seed), Sha256.hex("commit:" + seed).substring(0, 12), parent,
                    "Training data of " + m.name() + " up to " + today.minusDays(v.trainedDaysAgo() + 30) + ".",
                    "Out-of-time holdout of the last 30 days before training.", Stage.DEVELOPMENT));
            samples.seed(m.name(), model.id(), v.label());
            reach(m, RiskLevel.of(details), version, v.status());
            parent = v.label();
        }
        monitoring.seed(m.name(), model.id());
        cards.seed(m.name(), model.id(), m.owner());
        compliance.seed(m.name(), model.id(), m.owner());
    }

    /**
     * Brings a freshly registered version to its demo status. Low-risk models pass every evidence gate that exists,
     * so their versions go through the real workflow: submitted by the developer, approved by the model's owner,
     * deployed by the developer. Medium- and high-risk models need evidence Steward cannot record yet (model card,
     * validation metrics, fairness audit, ...), so their gates fail and no version can honestly be submitted or
     * approved: for those, {@link RegisterSeeding} sets the status the demo shows. Rejections need no gates, so
     * rejected versions are seeded as submitted and then really rejected by their owner, with a rationale.
     */
    private void reach(DemoRegister.DemoModel m, RiskLevel risk, VersionView version, ApprovalStatus status) {
        if (status == ApprovalStatus.DRAFT) {
            return;
        }
        var id = version.modelId();
        var label = version.label();
        if (risk != RiskLevel.LOW) {
            if (status != ApprovalStatus.REJECTED) {
                seeding.seed(version.id(), status, stageFor(status));
            } else {
                seeding.seed(version.id(), ApprovalStatus.SUBMITTED, Stage.DEVELOPMENT);
                var lock = register.version(id, label).version();
                asOwner(m, () -> workflow.reject(id, label, DecisionRequest.of("The evaluation does not show that "
                        + "the model meets its KPI targets on recent data; register a retrained version.", lock)));
            }
            return;
        }
        var lock = workflow.submit(id, label, DecisionRequest.of("Training and evaluation complete; lineage "
                + "recorded. Ready for the owner's review.", version.version())).version().version();
        if (status == ApprovalStatus.SUBMITTED) {
            return;
        }
        if (status == ApprovalStatus.REJECTED) {
            var last = lock;
            asOwner(m, () -> workflow.reject(id, label, DecisionRequest.of("The uplift over the current version "
                    + "is too small to justify the change; keep the current version.", last)));
            return;
        }
        if (status == ApprovalStatus.CHANGES_REQUESTED) {
            var last = lock;
            asOwner(m, () -> workflow.requestChanges(id, label, DecisionRequest.of("Offer acceptance in the "
                    + "evaluation is below the KPI target; add the latest campaign responses and resubmit.", last)));
            return;
        }
        var approved = lock;
        lock = asOwner(m, () -> workflow.approve(id, label, DecisionRequest.of("Objective, KPIs and lineage "
                + "reviewed; low risk, and the evaluation meets the KPI targets.", approved))).version().version();
        if (status == ApprovalStatus.APPROVED) {
            return;
        }
        lock = workflow.deploy(id, label, DecisionRequest.of("Approved by the business owner; released to "
                + "production after a successful shadow run.", lock)).version().version();
        if (status == ApprovalStatus.RETIRED) {
            workflow.retire(id, label, DecisionRequest.of("Superseded by a newer version.", lock));
        } else if (status == ApprovalStatus.SUSPENDED) {
            workflow.suspend(id, label, DecisionRequest.of("Forecast error doubled after the supplier change; "
                    + "suspended until a retrained version is approved.", lock));
        } else if (status != ApprovalStatus.DEPLOYED) {
            throw new IllegalStateException("demo status " + status + " is not reachable for " + m.name());
        }
    }

    private <T> T asOwner(DemoRegister.DemoModel m, java.util.function.Supplier<T> decision) {
        return runAs.call(m.owner(), Set.of(Role.BUSINESS_OWNER), decision);
    }

    private static Stage stageFor(ApprovalStatus status) {
        return switch (status) {
            case DEPLOYED -> Stage.PRODUCTION;
            case APPROVED, SUBMITTED -> Stage.STAGING;
            case RETIRED -> Stage.RETIRED;
            default -> Stage.DEVELOPMENT;
        };
    }
}
