package org.steward.compliance.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.steward.compliance.check.RequirementStatus.MetBy;
import org.steward.identity.Role;

/**
 * Judges a model against frameworks. A requirement is met when every rule is satisfied, or by a current attestation
 * where the framework allows one; partly met when some rules are; not met otherwise. A framework is met when all its
 * requirements are, not met when none is even partly, and partly met in between; a framework that does not apply
 * to the model is not applicable, and so are its requirements.
 */
public final class Assessor {

    private Assessor() {
    }

    /** The model's standing on each framework, with its dashboard flags; see {@link #assess}. */
    public static ModelCompliance model(Collection<Framework> frameworks, ModelEvidence evidence,
                                        Map<String, ApplicabilityChoice> choices,
                                        List<AttestationView> attestations) {
        var m = evidence.model();
        var d = m.details();
        var v = evidence.version();
        return new ModelCompliance(m.id(), d.name(), d.owner(), d.businessDomain(), d.euRiskCategory(),
                d.internalRiskTier(), evidence.at(), v == null ? null : v.label(), v == null ? null : v.status(),
                evidence.ledger(), Flags.of(evidence), assess(frameworks, evidence, choices, attestations));
    }

    /**
     * The model's standing on each framework. {@code choices} are the applicability decisions in force for the model
     * (by framework code), {@code attestations} all of its attestations given by {@code evidence.at()}.
     */
    public static List<FrameworkAssessment> assess(Collection<Framework> frameworks, ModelEvidence evidence,
                                                   Map<String, ApplicabilityChoice> choices,
                                                   List<AttestationView> attestations) {
        var results = new EnumMap<EvidenceRule, RuleResult>(EvidenceRule.class);
        return frameworks.stream().map(f -> assess(f, evidence, choices.get(f.code()), attestations, results))
                .toList();
    }

    private static FrameworkAssessment assess(Framework framework, ModelEvidence evidence,
                                              @Nullable ApplicabilityChoice choice, List<AttestationView> attestations,
                                              Map<EvidenceRule, RuleResult> results) {
        var details = evidence.model().details();
        var byDefault = framework.applies().reason(details);
        boolean applies;
        String why;
        if (choice != null && choice.applies() != null) {
            applies = choice.applies();
            why = (applies ? "Applies" : "Does not apply") + " by decision of " + choice.setBy() + " on "
                    + Rules.day(choice.setAt()) + ": " + choice.rationale() + " (by default it "
                    + (byDefault.isPresent() ? "applies: " + byDefault.get() : "does not apply") + ")";
        } else {
            applies = byDefault.isPresent();
            why = byDefault.map(r -> "Applies: " + r).orElseGet(() -> "Does not apply: "
                    + framework.applies().whyNot(details));
        }
        var requirements = new ArrayList<RequirementStatus>();
        for (var requirement : framework.requirements()) {
            requirements.add(applies ? requirement(framework, requirement, evidence, attestations, results)
                    : new RequirementStatus(requirement, ComplianceStatus.NOT_APPLICABLE, MetBy.NONE, List.of(), null,
                            null, List.of()));
        }
        var status = applies ? combine(requirements.stream().map(RequirementStatus::status).toList())
                : ComplianceStatus.NOT_APPLICABLE;
        return new FrameworkAssessment(framework.code(), framework.revision(), framework.title(), framework.edition(),
                applies, why, choice, status, requirements);
    }

    private static RequirementStatus requirement(Framework framework, Requirement requirement, ModelEvidence evidence,
                                                 List<AttestationView> attestations,
                                                 Map<EvidenceRule, RuleResult> results) {
        var at = evidence.at();
        var evidenceFound = requirement.rules().stream()
                .map(rule -> results.computeIfAbsent(rule, r -> Rules.check(r, evidence))).toList();
        var satisfied = evidenceFound.stream().filter(RuleResult::satisfied).count();
        var mine = attestations.stream()
                .filter(a -> a.frameworkCode().equals(framework.code())
                        && a.requirementCode().equals(requirement.code()) && !a.attestedAt().isAfter(at))
                .sorted(Comparator.comparing(AttestationView::attestedAt).thenComparing(AttestationView::id))
                .toList();
        var current = requirement.manual() ? mine.stream().filter(a -> a.currentAt(at)).reduce((a, b) -> b)
                .orElse(null) : null;
        var lapsed = current == null && requirement.manual() ? mine.stream().reduce((a, b) -> b).orElse(null) : null;

        ComplianceStatus status;
        MetBy metBy;
        if (!evidenceFound.isEmpty() && satisfied == evidenceFound.size()) {
            status = ComplianceStatus.MET;
            metBy = MetBy.EVIDENCE;
        } else if (current != null) {
            status = ComplianceStatus.MET;
            metBy = MetBy.ATTESTATION;
        } else {
            status = satisfied > 0 ? ComplianceStatus.PARTLY : ComplianceStatus.NOT_MET;
            metBy = MetBy.NONE;
        }
        var gaps = new ArrayList<Gap>();
        if (status != ComplianceStatus.MET) {
            for (var r : evidenceFound) {
                if (!r.satisfied()) {
                    gaps.add(new Gap(r.rule().label() + ": " + r.detail(), r.rule().actor(),
                            who(r.rule().actor(), evidence), r.link()));
                }
            }
            if (requirement.manual() && requirement.attester() != null) {
                var attest = requirement.rules().isEmpty() ? "Attest that the requirement is met"
                        : "Or attest that the requirement is met by other means";
                var note = lapsed == null ? "" : lapsed.withdrawnAt(at) ? " (the attestation of "
                        + Rules.day(lapsed.attestedAt()) + " was withdrawn)" : " (the attestation of "
                        + Rules.day(lapsed.attestedAt()) + " expired on " + Rules.day(lapsed.expiresAt()) + ")";
                gaps.add(new Gap(attest + ", with a statement and a supporting file" + note + ".",
                        requirement.attester(), who(requirement.attester(), evidence), null));
            }
        }
        return new RequirementStatus(requirement, status, metBy, evidenceFound, current, lapsed, gaps);
    }

    /** All met: met; none even partly met: not met; otherwise partly; nothing to combine: not applicable. */
    public static ComplianceStatus combine(List<ComplianceStatus> statuses) {
        var relevant = statuses.stream().filter(s -> s != ComplianceStatus.NOT_APPLICABLE).toList();
        if (relevant.isEmpty()) {
            return ComplianceStatus.NOT_APPLICABLE;
        }
        if (relevant.stream().allMatch(s -> s == ComplianceStatus.MET)) {
            return ComplianceStatus.MET;
        }
        if (relevant.stream().allMatch(s -> s == ComplianceStatus.NOT_MET)) {
            return ComplianceStatus.NOT_MET;
        }
        return ComplianceStatus.PARTLY;
    }

    /** The worst of the statuses (not met before partly before met); not applicable when there are none. */
    public static ComplianceStatus worst(List<ComplianceStatus> statuses) {
        var relevant = statuses.stream().filter(s -> s != ComplianceStatus.NOT_APPLICABLE).toList();
        if (relevant.contains(ComplianceStatus.NOT_MET)) {
            return ComplianceStatus.NOT_MET;
        }
        if (relevant.contains(ComplianceStatus.PARTLY)) {
            return ComplianceStatus.PARTLY;
        }
        return relevant.isEmpty() ? ComplianceStatus.NOT_APPLICABLE : ComplianceStatus.MET;
    }

    /** Who acts for a role on this model: its owner by name, its developer team, or any holder of the role. */
    static String who(Role role, ModelEvidence evidence) {
        var d = evidence.model().details();
        return switch (role) {
            case BUSINESS_OWNER -> d.owner();
            case MODEL_DEVELOPER -> d.developerTeam() == null ? "the model developers" : d.developerTeam();
            case RISK_OFFICER -> "a risk officer";
            case ADMIN -> "an administrator";
            case AUDITOR -> "an auditor";
            case END_USER -> "an end user";
        };
    }
}
