package org.steward.cost.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import org.steward.cost.CostLedger;
import org.steward.cost.ModelValue;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** A model's costs, budgets, KPI values and derived figures; internal, so end users do not see it. */
@SpringComponent
class CostsTab implements ModelTab {

    private final CostLedger ledger;
    private final ModelValue value;
    private final Clock clock;

    CostsTab(CostLedger ledger, ModelValue value, Clock clock) {
        this.ledger = ledger;
        this.value = value;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "Costs";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public boolean visible() {
        return ledger.canRead();
    }

    @Override
    public Component content(ModelView model) {
        return new CostsPanel(ledger, value, model, clock);
    }
}
