/**
 * Model cards: per model version, a card composed from the register's live evidence (validation metrics, fairness
 * audit, explanation, monitoring, approval) and parts its developer or owner writes in markdown; scored for
 * completeness (the approval gate "Model card complete"), published in frozen versions, read in plain language by
 * end users, who can rate it, ask, report a problem or contest a decision; exported as markdown, JSON and PDF.
 */
@ApplicationModule(displayName = "Model cards")
@NullMarked
package org.steward.card;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
