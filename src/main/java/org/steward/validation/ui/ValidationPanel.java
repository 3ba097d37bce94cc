package org.steward.validation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.data.domain.PageRequest;
import org.steward.dataset.Datasets;
import org.steward.register.ModelView;
import org.steward.validation.ValidatedVersion;
import org.steward.validation.ValidationResults;
import org.steward.validation.ValidationView;

/** A model's validation results: the latest of the chosen version in full, and the history of all of them. */
class ValidationPanel extends VerticalLayout {

    static final String EMPTY = "No validation yet — upload a scored sample in the Evaluation data tab.";

    private final ValidationResults results;
    private final Datasets datasets;
    private final ModelView model;
    private final ComboBox<ValidatedVersion> versions = new ComboBox<>("Version");
    private final Div shown = new Div();
    private final Grid<ValidationView> history = new Grid<>();

    ValidationPanel(ValidationResults results, Datasets datasets, ModelView model) {
        this.results = results;
        this.datasets = datasets;
        this.model = model;
        setId("validation-tab");
        setPadding(false);
        var validated = results.validatedVersions(model.id());
        if (validated.isEmpty()) {
            var empty = new Paragraph(EMPTY);
            empty.setId("validation-empty");
            add(empty);
            return;
        }
        versions.setId("validation-version");
        versions.setItems(validated);
        versions.setItemLabelGenerator(ValidatedVersion::label);
        versions.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                results.latest(model.id(), e.getValue().versionId()).ifPresent(this::show);
            }
        });
        shown.setId("validation-result");
        shown.setWidthFull();
        configureHistory();
        add(versions, shown, new H3("History"), history);
        versions.setValue(validated.getFirst());
    }

    private void configureHistory() {
        history.setId("validation-history");
        history.addColumn(v -> Figures.WHEN.format(v.computedAt())).setHeader("Computed").setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(ValidationView::versionLabel).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(v -> v.datasetFile() + " · " + v.shortHash()).setHeader("Dataset").setFlexGrow(1);
        history.addColumn(v -> v.primaryMetric().label() + " " + Figures.number(v.primaryTestValue()))
                .setHeader("Test").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(v -> Figures.number(v.overfittingGap())).setHeader("Gap").setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(ValidationView::computedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        history.setItems(query -> results.history(model.id(), PageRequest.of(query.getPage(), query.getPageSize()))
                .stream(), query -> (int) results.count(model.id()));
        history.addItemClickListener(e -> show(e.getItem()));
        // a fixed height keeps the loading lazy: only the pages scrolled to are read
        history.setHeight("18em");
    }

    private void show(ValidationView result) {
        shown.removeAll();
        datasets.purgeNote(result.datasetId()).ifPresent(note -> {
            var purged = new Paragraph(note);
            purged.setId("validation-purged");
            purged.addClassName("steward-muted");
            shown.add(purged);
        });
        shown.add(new ValidationResultView(result, results.maxOverfittingGap()));
    }
}
