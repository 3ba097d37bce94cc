package org.steward.dataset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.steward.dataset.DatasetProtection;
import org.steward.dataset.Datasets;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** The scored samples of a model's versions; developers upload new ones here. Not for end users. */
@SpringComponent
class DatasetsTab implements ModelTab {

    private final Datasets datasets;
    private final DatasetProtection protection;
    private final ModelRegister register;
    private final SampleWorkers workers;

    DatasetsTab(Datasets datasets, DatasetProtection protection, ModelRegister register, SampleWorkers workers) {
        this.datasets = datasets;
        this.protection = protection;
        this.register = register;
        this.workers = workers;
    }

    @Override
    public String label() {
        return "Evaluation data";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean visible() {
        return datasets.canRead();
    }

    @Override
    public Component content(ModelView model) {
        return new DatasetsPanel(datasets, protection, register, model, workers);
    }
}
