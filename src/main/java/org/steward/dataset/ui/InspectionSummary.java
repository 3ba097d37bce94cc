package org.steward.dataset.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.steward.dataset.ColumnKind;
import org.steward.dataset.Inspection;

/** What the uploaded file holds: warnings first, then its columns and its first rows. */
class InspectionSummary extends VerticalLayout {

    InspectionSummary(Inspection inspection) {
        setPadding(false);
        setSpacing(false);
        var summary = new Paragraph("'" + inspection.fileName() + "': " + inspection.rows() + " rows, "
                + inspection.columns().size() + " columns.");
        summary.setId("inspection-summary");
        add(summary);
        if (!inspection.warnings().isEmpty()) {
            var warnings = new UnorderedList();
            warnings.setId("inspection-warnings");
            inspection.warnings().forEach(w -> warnings.add(new ListItem(w)));
            add(warnings);
        }
        add(new H4("Columns"), columns(inspection.columns()), new H4("First rows"), preview(inspection));
    }

    private static Grid<Inspection.Column> columns(List<Inspection.Column> columns) {
        var grid = new Grid<Inspection.Column>();
        grid.setId("inspection-columns");
        grid.addColumn(Inspection.Column::name).setHeader("Column").setAutoWidth(true);
        grid.addColumn(c -> kind(c.kind())).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(c -> c.distinct() >= Inspection.DISTINCT_CAP ? String.format(java.util.Locale.ROOT, "%,d+", Inspection.DISTINCT_CAP)
                        : String.valueOf(c.distinct()))
                .setHeader("Distinct").setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", c.values())).setHeader("Values").setFlexGrow(2);
        grid.addColumn(Inspection.Column::missing).setHeader("Missing").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(columns);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<List<String>> preview(Inspection inspection) {
        var grid = new Grid<List<String>>();
        grid.setId("inspection-preview");
        var names = inspection.columns();
        for (int i = 0; i < names.size(); i++) {
            var index = i;
            grid.addColumn(row -> row.get(index)).setHeader(names.get(i).name()).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItems(inspection.preview());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String kind(ColumnKind kind) {
        return switch (kind) {
            case NUMERIC -> "numeric";
            case CATEGORICAL -> "categorical";
            case IDENTIFIER -> "identifier?";
        };
    }
}
