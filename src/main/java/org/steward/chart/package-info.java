/** Server-side SVG charts: one drawing serves the web page (as an image) and the PDF evidence pack (as PNG). */
@ApplicationModule(displayName = "Charts", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.steward.chart;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
