/**
 * Data protection facts of a model (lawful basis, DPIA, data categories, retention of raw samples, legal hold),
 * for the model page, the retention purge of stored samples, and later the model card and compliance checklists.
 */
@ApplicationModule(displayName = "Data protection")
@NullMarked
package org.steward.protection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
