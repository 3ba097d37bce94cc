package org.steward.register.ui;

import com.vaadin.flow.component.Component;
import org.steward.register.ModelSummary;

/** An extra column of the register list that a feature adds as a bean, e.g. the monitoring status. */
public interface RegisterColumn {

    String header();

    /** Whether the signed-in user may see this column at all. */
    boolean visible();

    /** The cell of one model's row. */
    Component cell(ModelSummary model);
}
