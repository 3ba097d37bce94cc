/** The explanation methods themselves: pure computations on a scored sample, free of Spring and JPA. */
@NullMarked
package org.steward.explain.method;

import org.jspecify.annotations.NullMarked;
