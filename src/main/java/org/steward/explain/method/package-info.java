/**
 * The explanation methods themselves: pure computations on a scored sample, free of Spring and JPA. Their report
 * types are part of the explanation views other modules read (the model card's explanation summary).
 */
@NamedInterface("method")
@NullMarked
package org.steward.explain.method;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
