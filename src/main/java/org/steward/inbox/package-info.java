/** "My work": what waits for the signed-in user in the approval workflow, gathered on one page. */
@ApplicationModule(displayName = "Inbox")
@NullMarked
package org.steward.inbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
