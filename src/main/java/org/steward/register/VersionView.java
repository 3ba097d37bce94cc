package org.steward.register;

import java.time.Instant;

/** A model version as read from the register. */
public record VersionView(long id, long modelId, VersionDetails details, ApprovalStatus status, String registeredBy,
                          Instant registeredAt, Instant updatedAt, long version) {

    static VersionView of(ModelVersion v) {
        return new VersionView(v.id(), v.modelId(), v.details(), v.status(), v.registeredBy(), v.registeredAt(),
                v.updatedAt(), v.version());
    }

    public String label() {
        return details.label();
    }
}
