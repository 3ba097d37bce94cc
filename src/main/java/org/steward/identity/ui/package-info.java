/** The identity views: sign-in, user administration and the signed-in user's own account and API tokens. */
@NullMarked
package org.steward.identity.ui;

import org.jspecify.annotations.NullMarked;
