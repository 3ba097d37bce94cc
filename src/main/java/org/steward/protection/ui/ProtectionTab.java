package org.steward.protection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.steward.protection.DataProtection;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** A model's data-protection facts for everyone but end users; its owner and risk officers record them. */
@SpringComponent
class ProtectionTab implements ModelTab {

    private final DataProtection protection;

    ProtectionTab(DataProtection protection) {
        this.protection = protection;
    }

    @Override
    public String label() {
        return "Data protection";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public boolean visible() {
        return protection.canRead();
    }

    @Override
    public Component content(ModelView model) {
        return new ProtectionPanel(protection, model);
    }
}
