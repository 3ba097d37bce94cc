package org.steward.compliance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import org.steward.compliance.Compliance;
import org.steward.compliance.ComplianceReports;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** The model's compliance with each framework; for auditors, risk officers, administrators and business owners. */
@SpringComponent
class ComplianceTab implements ModelTab {

    private final Compliance compliance;
    private final ComplianceReports reports;
    private final Clock clock;

    ComplianceTab(Compliance compliance, ComplianceReports reports, Clock clock) {
        this.compliance = compliance;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "Compliance";
    }

    @Override
    public int order() {
        return 850;
    }

    @Override
    public boolean visible() {
        return compliance.canRead();
    }

    @Override
    public Component content(ModelView model) {
        return new CompliancePanel(compliance, reports, model, clock);
    }
}
