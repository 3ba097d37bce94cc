package org.steward.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;

/** The versions of a model with their lineage. */
@SpringComponent
class VersionsTab implements ModelTab {

    private final ModelRegister register;

    VersionsTab(ModelRegister register) {
        this.register = register;
    }

    @Override
    public String label() {
        return "Versions";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean visible() {
        return true;
    }

    @Override
    public Component content(ModelView model) {
        return new VersionsPanel(register, model);
    }
}
