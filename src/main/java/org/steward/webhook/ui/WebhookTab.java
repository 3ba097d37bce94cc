package org.steward.webhook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;
import org.steward.webhook.WebhookSettings;

/** A model's webhook and its deliveries, for model developers and business owners. */
@SpringComponent
class WebhookTab implements ModelTab {

    private final WebhookSettings settings;

    WebhookTab(WebhookSettings settings) {
        this.settings = settings;
    }

    @Override
    public String label() {
        return "Webhooks";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public boolean visible() {
        return settings.mayManageAny();
    }

    @Override
    public Component content(ModelView model) {
        return new WebhookPanel(settings, model);
    }
}
