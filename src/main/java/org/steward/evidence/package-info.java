/**
 * Evidence packs for auditors: everything recorded about a model (details, versions, decisions with rationale and
 * gate results, its ledger trail and a full ledger verification) as PDF or JSON, and its state on any past day
 * replayed from the recorded events.
 */
@ApplicationModule(displayName = "Evidence")
@NullMarked
package org.steward.evidence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
