package org.steward.compliance.check;

import org.jspecify.annotations.Nullable;
import org.steward.identity.Role;

/** Something missing for a requirement, who should act on it (a role and, where known, a person or team) and where. */
public record Gap(String what, Role role, String who, @Nullable Link link) {
}
