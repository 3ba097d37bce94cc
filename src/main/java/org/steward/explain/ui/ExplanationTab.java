package org.steward.explain.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.steward.explain.Explanations;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** The explanations of a model's versions; for full-register readers, not end users. */
@SpringComponent
class ExplanationTab implements ModelTab {

    private final Explanations explanations;
    private final ExplanationWorkers workers;

    ExplanationTab(Explanations explanations, ExplanationWorkers workers) {
        this.explanations = explanations;
        this.workers = workers;
    }

    @Override
    public String label() {
        return "Explanation";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean visible() {
        return explanations.canRead();
    }

    @Override
    public Component content(ModelView model) {
        return new ExplanationPanel(explanations, model, workers);
    }
}
