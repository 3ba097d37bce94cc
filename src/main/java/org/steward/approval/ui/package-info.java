/** The approval tab of a model's page: gates, decisions and the decisions the signed-in user may take. */
@NullMarked
package org.steward.approval.ui;

import org.jspecify.annotations.NullMarked;
