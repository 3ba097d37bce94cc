/** The Explanation tab of a model's page. */
@NullMarked
package org.steward.explain.ui;

import org.jspecify.annotations.NullMarked;
