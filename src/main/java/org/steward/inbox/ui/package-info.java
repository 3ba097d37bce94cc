/** The "My work" page. */
@NullMarked
package org.steward.inbox.ui;

import org.jspecify.annotations.NullMarked;
