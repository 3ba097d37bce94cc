/** The "Evaluation data" tab of a model's page: its stored samples, and the upload dialog for developers. */
@NullMarked
package org.steward.dataset.ui;

import org.jspecify.annotations.NullMarked;
