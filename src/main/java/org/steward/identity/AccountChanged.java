package org.steward.identity;

import java.time.Instant;

/** A user account or API token was created or changed; the change log records it. */
public record AccountChanged(String username, String kind, String summary, String actor, Instant at) {
}
