package org.steward.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.steward.monitoring.Monitoring;
import org.steward.monitoring.MonitoringPolicies;
import org.steward.monitoring.Retraining;
import org.steward.monitoring.MonitoringRawData;
import org.steward.monitoring.ServingStatistics;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** The production monitoring of a model; internal, so end users do not see it. */
@SpringComponent
class MonitoringTab implements ModelTab {

    private final Monitoring monitoring;
    private final MonitoringPolicies policies;
    private final Retraining retraining;
    private final MonitoringRawData rawData;
    private final ServingStatistics serving;

    MonitoringTab(Monitoring monitoring, MonitoringPolicies policies, Retraining retraining,
                  MonitoringRawData rawData, ServingStatistics serving) {
        this.monitoring = monitoring;
        this.policies = policies;
        this.retraining = retraining;
        this.rawData = rawData;
        this.serving = serving;
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
        return new MonitoringPanel(monitoring, retraining, model, List.of(new ServingPanel(serving, model),
                new BatchesPanel(rawData, model), new PolicyPanel(policies, monitoring, model)));
    }
}
