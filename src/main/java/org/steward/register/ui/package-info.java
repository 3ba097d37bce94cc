/** The register's views; {@link org.steward.register.ui.ModelTab} lets other features add tabs to a model's page. */
@NamedInterface("ui")
@NullMarked
package org.steward.register.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
