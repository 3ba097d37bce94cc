/** Shows a {@link org.steward.chart.Chart} in a page as an image, so that nothing in the SVG can run. */
@NamedInterface("ui")
@NullMarked
package org.steward.chart.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
