package org.steward.fairness.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import org.steward.fairness.FairnessAudits;
import org.steward.dataset.Datasets;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** The fairness audits of a model's versions; internal, so end users do not see it. */
@SpringComponent
class FairnessTab implements ModelTab {

    private final FairnessAudits audits;
    private final Datasets datasets;
    private final ModelRegister register;
    private final Clock clock;

    FairnessTab(FairnessAudits audits, Datasets datasets, ModelRegister register, Clock clock) {
        this.audits = audits;
        this.datasets = datasets;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "Fairness";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean visible() {
        return audits.canRead();
    }

    @Override
    public Component content(ModelView model) {
        return new FairnessPanel(audits, datasets, register, model, clock);
    }
}
