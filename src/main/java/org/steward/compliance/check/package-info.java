/**
 * The compliance checks themselves, free of Spring and JPA: frameworks read from their data files, the named
 * evidence rules, the snapshot of a model's evidence they look at, and the assessment of a framework for a model
 * (met, partly, not met, not applicable) with its evidence and gaps. Unit-tested on worked cases.
 */
@NullMarked
package org.steward.compliance.check;

import org.jspecify.annotations.NullMarked;
