package org.steward.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.steward.base.InvalidInputException;
import org.steward.compliance.check.ApplicabilityChoice;
import org.steward.compliance.check.Assessor;
import org.steward.compliance.check.ModelCompliance;
import org.steward.ledger.VerificationResult;
import org.steward.register.ModelView;

/**
 * Assesses one model at a moment, inside the caller's transaction and under the caller's roles: the evidence
 * gathered then, the framework revisions in force then, the applicability decisions and attestations given by then.
 */
@Component
class Assessments {

    private final FrameworkCatalogue catalogue;
    private final EvidenceCollector collector;
    private final Attestations attestations;
    private final ApplicabilityDecisions decisions;
    private final Clock clock;

    Assessments(FrameworkCatalogue catalogue, EvidenceCollector collector, Attestations attestations,
                ApplicabilityDecisions decisions, Clock clock) {
        this.catalogue = catalogue;
        this.collector = collector;
        this.attestations = attestations;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The whole ledger verified once, to be shared by the models of one assessment run. */
    VerificationResult verifyLedger() {
        return collector.verifyLedger();
    }

    /** The end of a day in UTC; a day in the future is refused. */
    Instant endOf(LocalDate day) {
        if (day.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw InvalidInputException.of("asOf", "the as-of date " + day + " is in the future");
        }
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
    }

    Instant now() {
        return clock.instant();
    }

    /** The model's compliance at {@code at}; {@code now} reads the latest evidence instead of replaying. */
    ModelCompliance assess(ModelView model, Instant at, boolean now, VerificationResult verification) {
        var evidence = collector.collect(model, at, now, verification);
        var frameworks = (now ? catalogue.current() : catalogue.inForceAt(at)).stream()
                .map(FrameworkRevision::framework).toList();
        var given = attestations.findByModelIdOrderByIdAsc(model.id()).stream().map(Attestation::view)
                .filter(a -> !a.attestedAt().isAfter(at)).toList();
        return Assessor.model(frameworks, evidence, choices(model.id(), at), given);
    }

    /** The applicability decision in force at {@code at} for each framework of the model. */
    private Map<String, ApplicabilityChoice> choices(long modelId, Instant at) {
        var inForce = new LinkedHashMap<String, ApplicabilityChoice>();
        decisions.findByModelIdOrderByIdAsc(modelId).stream().map(ApplicabilityDecision::view)
                .filter(c -> !c.setAt().isAfter(at)).forEach(c -> inForce.put(c.frameworkCode(), c));
        return inForce;
    }
}
