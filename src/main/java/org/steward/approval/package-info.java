/**
 * The approval workflow: submission, segregation-of-duties reviews, evidence gates and deployment decisions on
 * model versions, each with a written rationale, published as governance events.
 */
@ApplicationModule(displayName = "Approval")
@NullMarked
package org.steward.approval;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
