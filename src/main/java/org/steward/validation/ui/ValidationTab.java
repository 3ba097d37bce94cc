package org.steward.validation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.steward.dataset.Datasets;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;
import org.steward.validation.ValidationResults;

/** The validation metrics of a model's versions; for full-register readers, not end users. */
@SpringComponent
class ValidationTab implements ModelTab {

    private final ValidationResults results;
    private final Datasets datasets;

    ValidationTab(ValidationResults results, Datasets datasets) {
        this.results = results;
        this.datasets = datasets;
    }

    @Override
    public String label() {
        return "Validation";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean visible() {
        return results.canRead();
    }

    @Override
    public Component content(ModelView model) {
        return new ValidationPanel(results, datasets, model);
    }
}
