package org.steward.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import org.steward.base.ui.Badge;
import org.steward.register.Kpi;
import org.steward.register.ModelDetails;
import org.steward.register.ModelView;

/** The overview of one model: description, objective, KPIs, risk, use and review. */
final class ModelOverview extends VerticalLayout {

    ModelOverview(ModelView model, String ownerName, LocalDate today) {
        setId("model-overview");
        setPadding(false);
        setSpacing(false);
        var d = model.details();
        var description = new Paragraph(Formats.text(d.description()));
        description.setId("overview-description");
        add(description);
        add(title("Business objective"), new Facts()
                .text("Problem", d.objective().problemStatement())
                .text("Decision supported", d.objective().decisionSupported())
                .text("Affected parties", d.objective().affectedParties()));
        add(title("KPIs"), d.kpis().isEmpty() ? muted("No KPIs recorded.") : kpis(d));
        add(title("Risk"), new Facts()
                .add("EU AI Act", RiskBadges.eu(d.euRiskCategory()))
                .add("Internal tier", RiskBadges.tier(d.internalRiskTier()))
                .text("Justification", d.riskJustification()));
        add(title("Use"), new Facts()
                .text("Intended use", d.intendedUse())
                .text("Out of scope", d.outOfScopeUse()));
        add(title("Governance"), new Facts()
                .text("Business owner", ownerName)
                .text("Developer team", d.developerTeam())
                .add("Tags", tags(d))
                .add("Next review", ReviewDate.of(d.reviewDate(), today))
                .text("Registered", model.createdBy() + ", " + Formats.time(model.createdAt()))
                .text("Last changed", Formats.time(model.updatedAt())));
    }

    private static Grid<Kpi> kpis(ModelDetails d) {
        // at most 20 KPIs, held by the model itself
        var grid = new Grid<Kpi>();
        grid.setId("model-kpis");
        grid.setAllRowsVisible(true);
        grid.addColumn(Kpi::name).setHeader("KPI").setFlexGrow(2);
        grid.addColumn(Kpi::unit).setHeader("Unit");
        grid.addColumn(k -> k.target().toPlainString()).setHeader("Target");
        grid.addColumn(k -> k.direction().label()).setHeader("Direction");
        grid.setItems(d.kpis());
        return grid;
    }

    private static Component tags(ModelDetails d) {
        if (d.tags().isEmpty()) {
            return new Span(Formats.NONE);
        }
        var tags = new Span();
        d.tags().forEach(t -> tags.add(new Badge(t, "neutral"), new Span(" ")));
        return tags;
    }

    private static H3 title(String text) {
        var h = new H3(text);
        h.addClassName("steward-section-title");
        return h;
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("steward-muted");
        return p;
    }
}
