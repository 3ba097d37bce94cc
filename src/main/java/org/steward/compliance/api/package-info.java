/** REST API of compliance: a model's assessment, the register summary and the framework reports. */
@NullMarked
package org.steward.compliance.api;

import org.jspecify.annotations.NullMarked;
