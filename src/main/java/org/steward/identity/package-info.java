/** Users, roles, sign-in, personal API tokens and the security configuration of the portal and API. */
@ApplicationModule(displayName = "Identity")
@NullMarked
package org.steward.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
