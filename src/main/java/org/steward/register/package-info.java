/** The model register: models with objectives, KPIs and risk tier, and their versions with lineage. */
@ApplicationModule(displayName = "Register")
@NullMarked
package org.steward.register;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
