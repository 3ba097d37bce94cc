/** The Evidence tab of a model's page: downloads of the evidence pack and the model's state on a past day. */
@NullMarked
package org.steward.evidence.ui;

import org.jspecify.annotations.NullMarked;
