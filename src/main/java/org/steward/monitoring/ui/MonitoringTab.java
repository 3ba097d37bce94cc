package org.steward.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.steward.monitoring.Monitoring;
import org.steward.monitoring.MonitoringPolicies;
import org.steward.monitoring.Retraining;
import org.steward.monitoring.MonitoringRawData;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** The production monitoring of a model; internal, so end users do not see it. */
@SpringComponent
class MonitoringTab implements ModelTab {

    private final Monitoring monitoring;
    private final MonitoringPolicies policies;
    private final Retraining retraining;
    private final MonitoringRawData rawData;

    MonitoringTab(Monitoring monitoring, MonitoringPolicies policies, Retraining retraining,
                  MonitoringRawData rawData) {
        this.monitoring = monitoring;
        this.policies = policies;
        this.retraining = retraining;
        this.rawData = rawData;
    }

    @Override
    public String label() {
        return "Monitoring";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean visible() {
        return monitoring.canRead();
    }

    @Override
    public Component content(ModelView model) {
        return new MonitoringPanel(monitoring, policies, retraining, rawData, model);
    }
}
