package org.steward.explain.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.concurrent.Executor;
import org.springframework.data.domain.PageRequest;
import org.steward.explain.ExplainedVersion;
import org.steward.explain.ExplanationView;
import org.steward.explain.Explanations;
import org.steward.register.ModelView;

/** A model's explanations: the latest of the chosen version in full, actions on it, and the history. */
class ExplanationPanel extends VerticalLayout {

    static final String EMPTY = "No explanation yet — upload a scored sample with its feature columns mapped in the "
            + "Evaluation data tab.";

    private final Explanations explanations;
    private final ModelView model;
    private final Executor workers;
    private final ComboBox<ExplainedVersion> versions = new ComboBox<>("Version");
    private final Div shown = new Div();
    private final Grid<ExplanationView> history = new Grid<>();

    ExplanationPanel(Explanations explanations, ModelView model, Executor workers) {
        this.explanations = explanations;
        this.model = model;
        this.workers = workers;
        setId("explanation-tab");
        setPadding(false);
        var explained = explanations.explainedVersions(model.id());
        if (explained.isEmpty()) {
            var empty = new Paragraph(EMPTY);
            empty.setId("explanation-empty");
            add(empty);
            return;
        }
        versions.setId("explanation-version");
        versions.setItems(explained);
        versions.setItemLabelGenerator(ExplainedVersion::label);
        versions.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                explanations.latest(e.getValue().versionId()).ifPresent(this::show);
            }
        });
        shown.setId("explanation-result");
        shown.setWidthFull();
        configureHistory();
        add(versions, shown, new H3("History"), history);
        versions.setValue(explained.getFirst());
    }

    private void configureHistory() {
        history.setId("explanation-history");
        history.addColumn(e -> Format.WHEN.format(e.computedAt())).setHeader("Computed").setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(ExplanationView::versionLabel).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(e -> e.datasetFile() + " · " + e.shortHash()).setHeader("Dataset").setFlexGrow(1);
        history.addColumn(Format::method).setHeader("Method").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(e -> e.reliable() ? "Reliable" : "Not reliable").setHeader("Reliability")
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(ExplanationView::computedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        history.setItems(query -> explanations.history(model.id(), PageRequest.of(query.getPage(),
                query.getPageSize())).stream(), query -> (int) explanations.count(model.id()));
        history.addItemClickListener(e -> show(e.getItem()));
        // a fixed height keeps the loading lazy: only the pages scrolled to are read
        history.setHeight("16em");
    }

    private void show(ExplanationView result) {
        shown.removeAll();
        shown.add(new ExplanationActions(explanations, result, workers, this::computed),
                new ExplanationResultView(result));
    }

    /** A new result was stored: show it and list it. */
    private void computed(ExplanationView result) {
        show(result);
        history.getDataProvider().refreshAll();
    }
}
