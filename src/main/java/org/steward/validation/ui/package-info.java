/** The model page's Validation tab: metrics per split with intervals, the overfitting gap, curves and history. */
@NullMarked
package org.steward.validation.ui;

import org.jspecify.annotations.NullMarked;
