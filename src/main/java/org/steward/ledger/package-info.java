/**
 * The compliance ledger: every governance event and every privileged sign-in, appended to a SHA-256 hash chain
 * in the same transaction as the change, with checkpoints and a verifier that names the first tampered entry.
 */
@ApplicationModule(displayName = "Ledger")
@NullMarked
package org.steward.ledger;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
