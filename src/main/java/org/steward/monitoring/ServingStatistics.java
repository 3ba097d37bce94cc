package org.steward.monitoring;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.Sha256;
import org.steward.base.Validation;
import org.steward.identity.CurrentUser;
import org.steward.register.ModelRegister;

/**
 * Serving statistics pushed as aggregates by systems that cannot send rows (docs/monitoring.md): stored once per
 * idempotency key, listed with each period's status under the model's policy, and taken into the operational part
 * of the evaluations whose window they overlap.
 */
@Service
@Transactional
public class ServingStatistics {

    private final ModelRegister register;
    private final ServingPeriods periods;
    private final PolicyVersions policies;
    private final CurrentUser currentUser;
    private final Clock clock;

    ServingStatistics(ModelRegister register, ServingPeriods periods, PolicyVersions policies,
                      CurrentUser currentUser, Clock clock) {
        this.register = register;
        this.periods = periods;
        this.policies = policies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Stores one period's figures. A retry with the same key and the same figures gets the stored period back
     * ({@code replayed}); the same key with other figures is refused as a conflict.
     */
    @PreAuthorize("hasRole('MODEL_DEVELOPER')")
    public Pushed push(long modelId, String label, String idempotencyKey, ServingStats stats) {
        var key = idempotencyKey == null ? "" : idempotencyKey.strip();
        if (key.isEmpty() || key.length() > MonitoringIngest.KEY_MAX) {
            throw InvalidInputException.of("Idempotency-Key", "send a header Idempotency-Key of 1 to "
                    + MonitoringIngest.KEY_MAX + " characters, unique per period (e.g. the period's start)");
        }
        var version = register.version(modelId, label);
        var now = clock.instant();
        Validation.throwIfAny(stats.problems(now));
        var hash = Sha256.hex(label + "\n" + Json.write(stats));
        var earlier = periods.findByModelIdAndIdempotencyKey(modelId, key);
        if (earlier.isPresent()) {
            if (!earlier.get().bodySha256().equals(hash)) {
                throw new ConflictException("Idempotency key '" + key + "' was already used for serving statistics "
                        + earlier.get().view().id() + " with other figures; use a new key for a new period.");
            }
            return new Pushed(earlier.get().view(), true);
        }
        var saved = periods.saveAndFlush(new ServingPeriod(modelId, version.id(), version.label(), key, hash, stats,
                currentUser.username(), now.truncatedTo(ChronoUnit.MICROS)));
        return new Pushed(saved.view(), false);
    }

    /** The model's periods, newest first, each judged under the model's current policy. */
    @PreAuthorize(Monitoring.READERS)
    @Transactional(readOnly = true)
    public List<JudgedPeriod> periods(long modelId, Pageable page) {
        register.get(modelId);
        var policy = policies.current(modelId).spec();
        return periods.findByModelIdOrderByPeriodEndDescIdDesc(modelId,
                        PageRequest.of(page.getPageNumber(), page.getPageSize())).stream()
                .map(ServingPeriod::view).map(p -> new JudgedPeriod(p, p.judge(policy))).toList();
    }

    @PreAuthorize(Monitoring.READERS)
    @Transactional(readOnly = true)
    public long count(long modelId) {
        register.get(modelId);
        return periods.countByModelId(modelId);
    }

    /** The stored period and whether it answers an earlier identical push. */
    public record Pushed(ServingPeriodView period, boolean replayed) {
    }

    /** A period with its status under the model's current policy. */
    public record JudgedPeriod(ServingPeriodView period, ServingPeriodView.Judged judged) {
    }
}
