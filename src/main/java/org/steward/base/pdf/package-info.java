/** PDF layout over PDFBox shared by the evidence pack and the model card exports. */
@NullMarked
package org.steward.base.pdf;

import org.jspecify.annotations.NullMarked;
