package org.steward.fairness;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.approval.Evidence;
import org.steward.approval.EvidenceGate;
import org.steward.approval.EvidencePolicy;
import org.steward.approval.GateContext;
import org.steward.approval.GateResult;
import org.steward.fairness.measure.Verdict;

/**
 * The approval gate "Fairness audit fresh": where the risk policy requires a fairness audit, the version's latest
 * audit must have passed, under the current fairness policy of the model's risk level, and be younger than that
 * policy's re-audit days. Gates run inside the approval calls of developers, owners and risk officers alike, so it
 * reads the audits directly, without a role check of its own.
 */
@Component
@Order(12)
class FairnessGate implements EvidenceGate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final StoredAudits audits;
    private final StoredPolicies policies;
    private final Clock clock;

    FairnessGate(StoredAudits audits, StoredPolicies policies, Clock clock) {
        this.audits = audits;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public String name() {
        return Evidence.FAIRNESS_AUDIT.gateName();
    }

    @Override
    @Transactional(readOnly = true)
    public GateResult evaluate(GateContext ctx) {
        var version = versionName(ctx.version().label());
        var latest = audits.findFirstByVersionIdOrderByIdDesc(ctx.version().id()).map(StoredAudit::summary);
        var level = ctx.risk().label().toLowerCase(Locale.ROOT);
        if (!EvidencePolicy.requires(ctx.risk(), Evidence.FAIRNESS_AUDIT)) {
            var notRequired = "Not required for " + level + " models";
            return GateResult.notApplicable(latest.map(a -> notRequired + "; latest audit: " + a.verdict().label()
                    + " (" + provenance(a) + ").").orElse(notRequired + "."));
        }
        if (latest.isEmpty()) {
            return GateResult.fail("No fairness audit for " + version + ": upload a scored sample with "
                    + "sensitive-attribute columns in Evaluation data (samples without them are not audited).");
        }
        var audit = latest.get();
        var policy = policies.current(ctx.risk());
        var where = " (" + provenance(audit) + ")";
        if (audit.riskLevel() != ctx.risk() || audit.policyVersion() != policy.policyVersion()) {
            return GateResult.fail("The latest fairness audit of " + version + " was judged by the "
                    + audit.riskLevel().label().toLowerCase(Locale.ROOT) + " policy v" + audit.policyVersion()
                    + "; the current " + level + " policy is v" + policy.policyVersion()
                    + ": re-audit with the current policy" + where + ".");
        }
        if (audit.verdict() == Verdict.FAIL) {
            return GateResult.fail("Fairness audit of " + version + " failed" + where + ": "
                    + String.join("; ", audit.findings()) + ".");
        }
        if (audit.verdict() == Verdict.NOT_EVALUABLE) {
            return GateResult.fail("Fairness audit of " + version + " could not be evaluated" + where + ": "
                    + String.join("; ", audit.findings()) + ".");
        }
        var now = clock.instant();
        var age = Duration.between(audit.auditedAt(), now).toDays();
        var maxDays = policy.spec().reauditDays();
        if (audit.dueBy(now)) {
            return GateResult.fail("The fairness audit of " + version + " is " + age + " days old; the " + level
                    + " policy requires one younger than " + maxDays + " days" + where
                    + ": re-audit it or upload a new scored sample.");
        }
        return GateResult.pass("Fairness audit passed " + age + " days ago" + where + "; re-audit due "
                + DAY.format(audit.dueAt()) + ".");
    }

    private static String provenance(FairnessAuditSummary a) {
        return "policy v" + a.policyVersion() + ", dataset " + a.shortHash();
    }

    /** "v1.2" for a label "1.2"; labels that already start with a v stay as they are. */
    private static String versionName(String label) {
        return label.toLowerCase(Locale.ROOT).startsWith("v") ? label : "v" + label;
    }
}
