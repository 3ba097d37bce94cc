package org.steward.cost.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.jspecify.annotations.Nullable;
import org.steward.base.ui.Badge;
import org.steward.cost.ValueFigures;

/** The derived figures of a range of months as labelled values, with the notes on what cannot be computed. */
final class FiguresView extends Div {

    FiguresView(ValueFigures f, String currency, @Nullable String flag) {
        setId("cost-figures");
        var facts = new FlexLayout();
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.getStyle().set("gap", "var(--lumo-space-l)");
        facts.add(fact("Total cost of ownership", Amounts.money(f.totalCost(), currency), "figure-tco"),
                fact("Cost per 1,000 predictions", f.costPerThousand() == null ? "no prediction counts yet"
                        : Amounts.money(f.costPerThousand(), currency) + " (" + f.predictionMonths() + " of "
                        + f.months() + " months counted)", "figure-per-thousand"),
                fact("Cost per KPI unit", Amounts.money(f.costPerKpiUnit(), currency), "figure-per-unit"),
                fact("Value", Amounts.money(f.value(), currency), "figure-value"),
                fact("ROI", Amounts.percent(f.roi()), "figure-roi"));
        add(facts);
        var reason = f.review() != null ? f.review() : flag;
        if (reason != null) {
            var review = new Div(new Badge("Review", "high"), new Span(" Flagged for a cost-effectiveness review: "
                    + reason + "."));
            review.setId("cost-review");
            add(review);
        }
        f.notes().forEach(n -> {
            var note = new Div(n);
            note.addClassName("steward-note");
            note.getStyle().setColor("var(--lumo-secondary-text-color)").setFontSize("var(--lumo-font-size-s)");
            add(note);
        });
    }

    private static Div fact(String label, String value, String id) {
        var caption = new Span(label);
        caption.getStyle().setFontSize("var(--lumo-font-size-s)").setColor("var(--lumo-secondary-text-color)");
        var figure = new Span(value);
        figure.setId(id);
        figure.getStyle().setFontWeight("600");
        var box = new Div(caption, new Div(figure));
        return box;
    }
}
