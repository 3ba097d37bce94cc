/** The change log: every register and account change, who made it and when. */
@ApplicationModule(displayName = "Audit")
@NullMarked
package org.steward.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
