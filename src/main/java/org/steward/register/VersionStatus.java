package org.steward.register;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.NotFoundException;
import org.steward.register.RegisterEvent.VersionStatusChanged;

/**
 * Moves versions along the approval workflow. Only the approval module may call it (ArchUnit): it checks the
 * transition table and the optimistic lock, not who may decide, which is the approval workflow's job.
 */
@Service
@Transactional
public class VersionStatus {

    private final ModelVersions versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VersionStatus(ModelVersions versions, ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Moves the version to {@code to} if the caller read lock version {@code expectedVersion} and the transition
     * table allows it; publishes {@link VersionStatusChanged}. Two concurrent moves never both succeed.
     */
    @PreAuthorize("isAuthenticated()")
    public VersionView move(long modelId, String label, long expectedVersion, ApprovalStatus to, String actor) {
        var version = current(modelId, label, expectedVersion);
        var from = version.status();
        var fromStage = version.stage();
        version.moveTo(to, clock.instant());
        flush(label);
        events.publishEvent(new VersionStatusChanged(modelId, version.id(), label, from, to, fromStage,
                version.stage(), actor, clock.instant()));
        return VersionView.of(version);
    }

    /**
     * Marks the version as decided upon without changing its status (the first of two approvals), so that a
     * concurrent decision based on the same lock version fails.
     */
    @PreAuthorize("isAuthenticated()")
    public VersionView touch(long modelId, String label, long expectedVersion) {
        var version = current(modelId, label, expectedVersion);
        version.touch(clock.instant());
        flush(label);
        return VersionView.of(version);
    }

    private ModelVersion current(long modelId, String label, long expectedVersion) {
        var version = versions.findByModelIdAndLabel(modelId, label).orElseThrow(() ->
                new NotFoundException("Model " + modelId + " has no version '" + label + "'."));
        if (version.version() != expectedVersion) {
            throw stale(label);
        }
        return version;
    }

    private void flush(String label) {
        try {
            versions.flush();
        } catch (ConcurrencyFailureException e) {
            throw stale(label);
        }
    }

    private static ConflictException stale(String label) {
        return new ConflictException("Version " + label
                + " was changed by someone else since you read it; reload it and decide again.");
    }
}
