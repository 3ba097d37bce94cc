package org.steward.register.ui;

import com.vaadin.flow.component.Component;
import org.steward.register.ModelView;

/** A tab of a model's page; approval, card, explanations, fairness, monitoring, costs add theirs as a bean. */
public interface ModelTab {

    String label();

    /** Position among the tabs, lowest first. */
    int order();

    /** Whether the signed-in user may see this tab at all. */
    boolean visible();

    /** A fresh component showing this tab for the given model. */
    Component content(ModelView model);
}
