/** REST API of the data-protection facts. */
@NullMarked
package org.steward.protection.api;

import org.jspecify.annotations.NullMarked;
