/** The change history of a model, shown as a tab of the model's page. */
@NullMarked
package org.steward.audit.ui;

import org.jspecify.annotations.NullMarked;
