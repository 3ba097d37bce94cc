package org.steward.monitoring;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.Sha256;
import org.steward.identity.CurrentUser;
import org.steward.monitoring.MonitoringEvent.BaselineRecorded;
import org.steward.register.ModelRegister;
import org.steward.register.VersionView;
import tools.jackson.databind.JsonNode;

/**
 * Takes in what production sends: baselines, batches of observations (accepted once per idempotency key) and
 * delayed outcomes. Each request is all or nothing: a malformed row rejects the whole body and stores nothing.
 * Feature values and baseline summaries are sealed with the dataset keys before they are stored.
 */
@Service
@Transactional
public class MonitoringIngest {

    static final int KEY_MAX = 128;

    private final ModelRegister register;
    private final BaselineSummaries baselines;
    private final Batches batches;
    private final Observations observations;
    private final MonitoringSettings settings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MonitoringIngest(ModelRegister register, BaselineSummaries baselines, Batches batches, Observations observations,
                     MonitoringSettings settings, CurrentUser currentUser, ApplicationEventPublisher events,
                     Clock clock) {
        this.register = register;
        this.baselines = baselines;
        this.batches = batches;
        this.observations = observations;
        this.settings = settings;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Records the rows as the version's new baseline; {@code source} says where they came from. */
    @PreAuthorize("hasRole('MODEL_DEVELOPER')")
    public BaselineView recordBaseline(long modelId, String label, JsonNode body, String source) {
        var version = register.version(modelId, label);
        var rows = Rows.observations(body, settings.maxBatchRows(), true);
        return store(version, BaselineBuilder.summarise(rows, settings.exactLimit()), source, null);
    }

    /** Stores a baseline; {@code datasetId} names the stored sample it was built from, if any. */
    BaselineView store(VersionView version, BaselineSummary summary, String source, @Nullable Long datasetId) {
        var actor = currentUser.username();
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var saved = baselines.save(version, source, datasetId, summary, actor, at);
        events.publishEvent(new BaselineRecorded(version.modelId(), version.label(), saved.id(), summary.rows(),
                summary.features().size(), source, actor, at));
        return saved.view(summary);
    }

    /**
     * Accepts a batch once per idempotency key: a retry with the same key and the same body gets the first answer
     * back ({@code replayed}), the same key with another body is refused as a conflict.
     */
    @PreAuthorize("hasRole('MODEL_DEVELOPER')")
    public Accepted acceptBatch(long modelId, String label, String idempotencyKey, JsonNode body) {
        var key = idempotencyKey == null ? "" : idempotencyKey.strip();
        if (key.isEmpty() || key.length() > KEY_MAX) {
            throw InvalidInputException.of("Idempotency-Key", "send a header Idempotency-Key of 1 to " + KEY_MAX
                    + " characters, unique per batch (e.g. a UUID)");
        }
        var version = register.version(modelId, label);
        var hash = Sha256.hex(Json.write(body));
        var earlier = batches.findByModelIdAndIdempotencyKey(modelId, key);
        if (earlier.isPresent()) {
            var batch = earlier.get();
            if (!batch.bodySha256().equals(hash)) {
                throw new ConflictException("Idempotency key '" + key + "' was already used for batch "
                        + batch.id() + " with a different body; use a new key for a new batch.");
            }
            return new Accepted(batch.answer(), true);
        }
        var receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var observedAt = Rows.observedAt(body, receivedAt).truncatedTo(ChronoUnit.MICROS);
        var rows = Rows.observations(body, settings.maxBatchRows(), false);
        var batch = batches.saveAndFlush(new Batch(modelId, version.id(), key, hash, rows.size(), observedAt,
                receivedAt, currentUser.username()));
        observations.insert(batch, rows);
        var receipt = new BatchReceipt(batch.id(), modelId, version.label(), key, rows.size(), observedAt, receivedAt);
        batch.answer(receipt);
        return new Accepted(receipt, false);
    }

    /**
     * Joins outcomes to the model's observations by request id. An id the model never sent is a row-level error
     * and nothing is joined.
     */
    @PreAuthorize("hasRole('MODEL_DEVELOPER')")
    public OutcomeReceipt joinOutcomes(long modelId, JsonNode body) {
        register.get(modelId);
        var outcomes = Rows.outcomes(body, settings.maxBatchRows());
        var known = observations.knownRequestIds(modelId, outcomes.keySet());
        var errors = new LinkedHashMap<String, String>();
        var ids = List.copyOf(outcomes.keySet());
        for (int i = 0; i < ids.size() && errors.size() < Rows.MAX_REASONS; i++) {
            if (!known.contains(ids.get(i))) {
                errors.put("outcomes[" + i + "].requestId", "no observation of this model has request id '"
                        + ids.get(i) + "'");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var joined = observations.joinOutcomes(modelId, outcomes, clock.instant());
        return new OutcomeReceipt(modelId, outcomes.size(), joined);
    }

    /** The answer to a batch and whether it is the stored answer to an earlier identical request. */
    public record Accepted(BatchReceipt receipt, boolean replayed) {
    }

    /** How many outcomes were sent and how many observations they were joined to. */
    public record OutcomeReceipt(long modelId, int outcomes, int observationsJoined) {
    }
}
