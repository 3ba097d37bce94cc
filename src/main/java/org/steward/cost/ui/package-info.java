/** The Costs tab of a model's page, its dialogs, and the portfolio view with exchange rates. */
@NullMarked
package org.steward.cost.ui;

import org.jspecify.annotations.NullMarked;
