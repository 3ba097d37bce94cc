package org.steward.monitoring;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.monitoring.MonitoringEvent.RawDataPurged;
import org.steward.protection.DataProtection;
import org.steward.register.ModelRegister;

/**
 * The raw data of a model's monitoring as data protection sees it: its batches (metadata only: no raw row ever
 * leaves Steward through monitoring) and erasure on request, of one batch or of everything the model's monitoring
 * keeps raw, with a rationale, by administrators and risk officers like erasure of stored samples. Refused under a
 * legal hold; recorded in the ledger.
 */
@Service
@Transactional
public class MonitoringRawData {

    private final Batches batches;
    private final Baselines baselines;
    private final RawDataPurger purger;
    private final ModelRegister register;
    private final DataProtection protection;
    private final CurrentUser currentUser;

    MonitoringRawData(Batches batches, Baselines baselines, RawDataPurger purger, ModelRegister register,
                      DataProtection protection, CurrentUser currentUser) {
        this.batches = batches;
        this.baselines = baselines;
        this.purger = purger;
        this.register = register;
        this.protection = protection;
        this.currentUser = currentUser;
    }

    /** The model's batches, newest first: sizes, hashes, times, key id or purge; never their values. */
    @PreAuthorize(Monitoring.READERS)
    @Transactional(readOnly = true)
    public List<BatchView> batches(long modelId, Pageable page) {
        register.get(modelId);
        return batches.findByModelIdOrderByIdDesc(modelId, page).stream().map(Batch::view).toList();
    }

    @PreAuthorize(Monitoring.READERS)
    @Transactional(readOnly = true)
    public long countBatches(long modelId) {
        register.get(modelId);
        return batches.countByModelId(modelId);
    }

    /** Whether the signed-in user may erase monitoring raw data on request (administrators and risk officers). */
    @PreAuthorize("isAuthenticated()")
    public boolean canErase() {
        return currentUser.has(Role.ADMIN) || currentUser.has(Role.RISK_OFFICER);
    }

    /** Purges one batch's raw feature values now, on an erasure request, with a rationale. */
    @PreAuthorize("hasAnyRole('ADMIN', 'RISK_OFFICER')")
    public BatchView eraseBatch(long batchId, String rationale) {
        var why = rationale(rationale);
        var batch = batches.findById(batchId).orElseThrow(() -> new NotFoundException(
                "There is no monitoring batch " + batchId + "."));
        register.get(batch.modelId());
        notHeld(batch.modelId());
        if (batch.purged()) {
            throw new ConflictException("The raw data of monitoring batch " + batchId + " was already purged.");
        }
        purger.purge(batch.modelId(), List.of(batchId), List.of(), RawDataPurged.Cause.ERASURE, why,
                currentUser.username());
        return batch.view();
    }

    /**
     * Purges everything the model's monitoring keeps raw now, on an erasure request: the feature values of every
     * batch and the exact values of every baseline (drift is judged on the baselines' sketches from then on).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'RISK_OFFICER')")
    public Erased erase(long modelId, String rationale) {
        var why = rationale(rationale);
        register.get(modelId);
        notHeld(modelId);
        var batchIds = batches.findWithRawData(modelId, Pageable.unpaged());
        var baselineIds = baselines.findWithExactValues(modelId);
        if (batchIds.isEmpty() && baselineIds.isEmpty()) {
            throw new ConflictException("The model's monitoring keeps no raw data any more: nothing to erase.");
        }
        var erased = purger.purge(modelId, batchIds, baselineIds, RawDataPurged.Cause.ERASURE, why,
                currentUser.username());
        return new Erased(modelId, erased, baselineIds.size());
    }

    /** What an erasure of a model's monitoring raw data purged. */
    public record Erased(long modelId, int batches, int baselines) {
    }

    private void notHeld(long modelId) {
        var facts = protection.facts(modelId);
        if (facts.legalHold()) {
            throw new ConflictException("The model is on legal hold (" + facts.legalHoldReason() + "): its "
                    + "monitoring raw data cannot be erased until the hold is lifted.");
        }
    }

    private static String rationale(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("rationale", "say why the raw data is erased (e.g. the request it "
                    + "answers)");
        }
        if (text.strip().length() > RawDataPurge.REASON_MAX) {
            throw InvalidInputException.of("rationale", "at most " + RawDataPurge.REASON_MAX + " characters");
        }
        return text.strip();
    }
}
