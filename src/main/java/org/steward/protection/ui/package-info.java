/** The model page's Data protection tab. */
@NullMarked
package org.steward.protection.ui;

import org.jspecify.annotations.NullMarked;
