/** Seeds a realistic demo register and one demo user per role on first start of the default profile. */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package org.steward.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
