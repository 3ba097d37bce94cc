package org.steward.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.steward.base.ui.Badge;
import org.steward.monitoring.Monitoring;
import org.steward.register.ModelSummary;
import org.steward.register.ui.RegisterColumn;

/** The register list's "Monitoring" column: each model's latest monitoring status. */
@SpringComponent
class MonitoringColumn implements RegisterColumn {

    private final Monitoring monitoring;

    MonitoringColumn(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public String header() {
        return "Monitoring";
    }

    @Override
    public boolean visible() {
        return monitoring.canRead();
    }

    @Override
    public Component cell(ModelSummary model) {
        return monitoring.status(model.id()).<Component>map(s -> new Badge(s.name(), Shown.level(s)))
                .orElseGet(() -> new Span(Shown.NONE));
    }
}
