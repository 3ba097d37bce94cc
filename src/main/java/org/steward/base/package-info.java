/** Shared foundations: time, domain errors, REST problem details and the application shell. */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.steward.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
