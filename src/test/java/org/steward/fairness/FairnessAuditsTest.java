package org.steward.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.RiskLevel;
import org.steward.audit.ChangeHistory;
import org.steward.audit.ChangeRecord;
import org.steward.base.ConflictException;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.fairness.measure.Measure;
import org.steward.fairness.measure.Verdict;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerFilter;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;

/** Audits of real uploads: stored with the policy they used, immutable, announced once when due, role-checked. */
@SpringBootTest
class FairnessAuditsTest {

    @Autowired
    FairnessAudits audits;

    @Autowired
    FairnessPolicies policies;

    @Autowired
    FairnessDueCheck dueCheck;

    @Autowired
    StoredAudits stored;

    @Autowired
    StoredPolicies storedPolicies;

    @Autowired
    ChangeHistory history;

    @Autowired
    Ledger ledger;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    Datasets datasets;

    private FairnessFixtures f() {
        return new FairnessFixtures(runAs, register, workflow, datasets);
    }

    private FairnessAuditView latest(ModelView model, long versionId) {
        return f().as("auditor", Role.AUDITOR, () -> audits.latest(model.id(), versionId)).orElseThrow();
    }

    private List<ChangeRecord> changes(ModelView model) {
        return f().as("auditor", Role.AUDITOR, () -> history.ofModel(model.id(), PageRequest.of(0, 50)));
    }

    private long ledgerCount(String action, ModelView model) {
        return f().as("auditor", Role.AUDITOR, () -> ledger.count(new LedgerFilter(null, action,
                "model:" + model.id(), null, null)));
    }

    @Test
    void an_upload_is_audited_with_the_current_policy_of_the_models_risk_level() {
        var f = f();
        var model = f.model(RiskLevel.HIGH);
        var version = f.draft(model, "1.0.0");

        var upload = f.upload(model, "1.0.0", FairnessFixtures.fair());

        assertThat(upload.analysesRun()).contains("Fairness audit");
        var view = latest(model, version.id());
        var a = view.audit();
        var policy = f.as("auditor", Role.AUDITOR, () -> policies.current(RiskLevel.HIGH));
        assertThat(a.verdict()).isEqualTo(Verdict.PASS);
        assertThat(a.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(a.policyVersion()).isEqualTo(policy.version());
        assertThat(a.policyId()).isEqualTo(policy.id());
        assertThat(a.datasetId()).isEqualTo(upload.dataset().id());
        assertThat(a.datasetSha256()).isEqualTo(upload.dataset().sha256());
        assertThat(a.auditedBy()).isEqualTo("dev");
        assertThat(a.dueAt()).isEqualTo(a.auditedAt().plus(Duration.ofDays(policy.spec().reauditDays())));
        assertThat(a.findings()).isEmpty();
        var sex = view.result().attribute("sex").orElseThrow();
        assertThat(sex.groups()).extracting(g -> g.n()).containsExactly(120, 120);
        assertThat(sex.measure(Measure.DEMOGRAPHIC_PARITY_RATIO).orElseThrow().value().value()).isEqualTo(1.0);
        assertThat(sex.measure(Measure.DEMOGRAPHIC_PARITY_RATIO).orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThat(view.result().selection()).isEqualTo("Test split");
        assertThat(view.result().warnings()).as("the high-risk policy starts without intersections").isEmpty();
        assertThat(changes(model)).filteredOn(c -> c.kind().equals("FAIRNESS_AUDIT_RECORDED"))
                .singleElement().satisfies(c -> assertThat(c.summary()).isEqualTo("Fairness audit of version 1.0.0 "
                        + "(dataset " + a.shortHash() + ", high risk policy v" + policy.version() + "): PASS"));
        assertThat(ledgerCount("FAIRNESS_AUDIT_RECORDED", model)).isEqualTo(1);
    }

    @Test
    void an_unfair_sample_fails_and_names_the_failing_measures() {
        var f = f();
        var model = f.model(RiskLevel.HIGH);
        var version = f.draft(model, "1.0.0");

        f.upload(model, "1.0.0", FairnessFixtures.unfair());

        var view = latest(model, version.id());
        assertThat(view.audit().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(view.audit().findings()).anySatisfy(line -> assertThat(line)
                .startsWith("Demographic parity ratio on sex: ").endsWith("(limit ≥ 0.80)"));
        var ratio = view.result().attribute("sex").orElseThrow().measure(Measure.DEMOGRAPHIC_PARITY_RATIO)
                .orElseThrow();
        assertThat(ratio.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(ratio.value().hasInterval()).isTrue();
        assertThat(ratio.worstGroups()).containsExactly("F", "M");
        assertThat(changes(model)).filteredOn(c -> c.kind().equals("FAIRNESS_AUDIT_RECORDED"))
                .singleElement().satisfies(c -> assertThat(c.summary()).contains(": FAIL; failing: ")
                        .contains("Demographic parity ratio on sex"));
    }

    @Test
    void a_sample_without_sensitive_attributes_is_skipped_with_the_reason_and_nothing_stored() {
        var f = f();
        var model = f.model(RiskLevel.HIGH);
        var version = f.draft(model, "1.0.0");
        var messages = new CopyOnWriteArrayList<String>();
        var progress = new Progress() {
            @Override
            public void step(String message, double fraction) {
                messages.add(message);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        var upload = f.upload(model, "1.0.0", FairnessFixtures.withoutSex(), FairnessFixtures.WITHOUT_SENSITIVE,
                progress);

        assertThat(messages).anySatisfy(m -> assertThat(m).isEqualTo("Fairness audit: The sample (dataset "
                + upload.dataset().shortHash() + ") has no sensitive attributes: no fairness audit"));
        assertThat(f.as("auditor", Role.AUDITOR, () -> audits.latest(model.id(), version.id()))).isEmpty();
        assertThat(ledgerCount("FAIRNESS_AUDIT_RECORDED", model)).isZero();
        assertThatThrownBy(() -> f.as("dev", Role.MODEL_DEVELOPER, () -> audits.reaudit(upload.dataset().id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has no sensitive attributes");
    }

    @Test
    void a_reaudit_adds_a_new_audit_and_leaves_the_earlier_one_unchanged() {
        var f = f();
        var model = f.model(RiskLevel.MEDIUM);
        var version = f.draft(model, "1.0.0");
        var upload = f.upload(model, "1.0.0", FairnessFixtures.unfair());
        var first = latest(model, version.id());

        var second = f.as("risk", Role.RISK_OFFICER, () -> audits.reaudit(upload.dataset().id()));

        assertThat(second.id()).isGreaterThan(first.audit().id());
        assertThat(second.auditedBy()).isEqualTo("risk");
        assertThat(f.as("auditor", Role.AUDITOR, () -> audits.get(first.audit().id()))).isEqualTo(first);
        assertThat(latest(model, version.id()).audit().id()).isEqualTo(second.id());
        assertThat(latest(model, version.id()).result()).as("same sample, same seed, same result")
                .isEqualTo(first.result());
        assertThat(f.as("auditor", Role.AUDITOR, () -> audits.history(model.id(), PageRequest.of(0, 10))))
                .extracting(FairnessAuditSummary::id).containsExactly(second.id(), first.audit().id());
        assertThat(f.as("auditor", Role.AUDITOR, () -> audits.count(model.id()))).isEqualTo(2);
    }

    @Test
    void only_developers_and_risk_officers_reaudit_and_end_users_read_nothing() {
        var f = f();
        var model = f.model(RiskLevel.LOW);
        var version = f.draft(model, "1.0.0");
        var upload = f.upload(model, "1.0.0", FairnessFixtures.fair());
        long before = f.as("auditor", Role.AUDITOR, () -> audits.count(model.id()));

        for (var role : List.of(Role.BUSINESS_OWNER, Role.AUDITOR, Role.ADMIN, Role.END_USER)) {
            assertThatThrownBy(() -> f.as("owner", role, () -> audits.reaudit(upload.dataset().id())))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> f.as("enduser", Role.END_USER, () -> audits.latest(model.id(), version.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as("enduser", Role.END_USER, () -> audits.history(model.id(),
                PageRequest.of(0, 5)))).isInstanceOf(AccessDeniedException.class);
        assertThat(f.as("auditor", Role.AUDITOR, () -> audits.count(model.id()))).isEqualTo(before);
    }

    @Test
    void multiclass_models_are_audited_per_group_and_not_evaluable_against_the_binary_policy() {
        var f = f();
        var model = f.model(RiskLevel.LOW);
        var version = f.draft(model, "1.0.0");

        f.upload(model, "1.0.0", FairnessFixtures.multiclass(), FairnessFixtures.MULTICLASS, Progress.NONE);

        var view = latest(model, version.id());
        assertThat(view.audit().verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(view.result().primaryMetric()).isEqualTo("Accuracy");
        var sex = view.result().attribute("sex").orElseThrow();
        assertThat(sex.group("F").orElseThrow().metric().value()).as("every other woman misclassified")
                .isEqualTo(0.5);
        assertThat(sex.group("M").orElseThrow().metric().value()).isEqualTo(1.0);
        assertThat(sex.metricGap()).isEqualTo(0.5);
        assertThat(view.audit().findings()).containsExactly("Disparate impact (four-fifths rule) on sex: defined "
                + "for binary classifiers only; this is a multiclass model");
    }

    @Test
    void an_overdue_audit_is_announced_once_and_listed_as_due() {
        var f = f();
        var model = f.model(RiskLevel.MEDIUM);
        var version = f.draft(model, "1.0.0");
        var upload = f.upload(model, "1.0.0", FairnessFixtures.fair());
        var fresh = latest(model, version.id());
        var old = backdate(fresh, upload.dataset().versionLabel(), 400);

        dueCheck.announceDue();
        dueCheck.announceDue();

        assertThat(ledgerCount("FAIRNESS_AUDIT_DUE", model)).isEqualTo(1);
        var announced = f.as("auditor", Role.AUDITOR, () -> audits.get(old)).audit();
        assertThat(announced.dueAnnouncedAt()).isNotNull();
        assertThat(announced.verdict()).as("announcing renews nothing").isEqualTo(Verdict.PASS);
        assertThat(changes(model)).filteredOn(c -> c.kind().equals("FAIRNESS_AUDIT_DUE")).singleElement()
                .satisfies(c -> {
                    assertThat(c.actor()).isEqualTo(FairnessAuditDue.SYSTEM);
                    assertThat(c.summary()).startsWith("The fairness audit of version 1.0.0 is due for a re-audit");
                });
        assertThat(f.as("auditor", Role.AUDITOR, () -> audits.dueAudits(PageRequest.of(0, 500))))
                .extracting(FairnessAuditSummary::id).contains(old).doesNotContain(fresh.audit().id());
        assertThat(f.as("auditor", Role.AUDITOR, () -> audits.countDue())).isPositive();
    }

    @Test
    void a_newer_audit_of_the_version_is_no_longer_due() {
        var f = f();
        var model = f.model(RiskLevel.MEDIUM);
        var version = f.draft(model, "1.0.0");
        var upload = f.upload(model, "1.0.0", FairnessFixtures.fair());
        var old = backdate(latest(model, version.id()), "1.0.0", 400);

        var renewed = f.as("dev", Role.MODEL_DEVELOPER, () -> audits.reaudit(upload.dataset().id()));

        assertThat(f.as("auditor", Role.AUDITOR, () -> audits.dueAudits(PageRequest.of(0, 500))))
                .extracting(FairnessAuditSummary::id).doesNotContain(old, renewed.id());
        dueCheck.announceDue();
        assertThat(ledgerCount("FAIRNESS_AUDIT_DUE", model)).isZero();
    }

    /** Stores a copy of an audit as if it had been made {@code days} ago; returns its id. */
    long backdate(FairnessAuditView audit, String label, int days) {
        return Backdating.store(stored, storedPolicies, audit, label, days);
    }
}
