package org.steward.register;

import java.time.Instant;

/** A model as read from the register; {@code version} is the optimistic-lock version to send back on update. */
public record ModelView(long id, ModelDetails details, String createdBy, Instant createdAt, Instant updatedAt,
                        long version) {

    static ModelView of(Model m) {
        return new ModelView(m.id(), m.details(), m.createdBy(), m.createdAt(), m.updatedAt(), m.version());
    }

    public String name() {
        return details.name();
    }
}
