package org.steward.register.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/** The versions of a model, newest first, with the lineage of the selected one. */
final class VersionsPanel extends VerticalLayout {

    // parent suggestions; an older parent can still be typed in
    private static final int PARENT_SUGGESTIONS = 100;

    private final ModelRegister register;
    private final long modelId;
    final Grid<VersionView> grid = new Grid<>();
    private final VersionLineage lineage = new VersionLineage();

    VersionsPanel(ModelRegister register, ModelView model) {
        this.register = register;
        this.modelId = model.id();
        setPadding(false);
        configureGrid();
        if (register.canRegisterVersions()) {
            add(toolbar());
        }
        add(grid, lineage);
    }

    private void configureGrid() {
        grid.setId("versions-grid");
        grid.setHeight("18rem");
        grid.addColumn(v -> v.details().label()).setHeader("Version").setSortProperty("label").setAutoWidth(true);
        grid.addColumn(v -> v.details().algorithm()).setHeader("Algorithm").setSortProperty("algorithm")
                .setFlexGrow(2);
        grid.addColumn(v -> Formats.text(v.details().framework())).setHeader("Framework")
                .setSortProperty("framework");
        grid.addColumn(v -> Formats.date(v.details().trainingDate())).setHeader("Trained")
                .setSortProperty("trainingDate").setAutoWidth(true);
        grid.addColumn(v -> v.details().stage().label()).setHeader("Stage").setSortProperty("stage")
                .setAutoWidth(true);
        grid.addComponentColumn(v -> RiskBadges.status(v.status())).setHeader("Status").setSortProperty("status")
                .setAutoWidth(true);
        grid.addColumn(VersionView::registeredBy).setHeader("Registered by").setSortProperty("registeredBy");
        grid.addColumn(v -> Formats.time(v.registeredAt())).setHeader("Registered at")
                .setSortProperty("registeredAt").setAutoWidth(true);
        grid.setItems(query -> register.versions(modelId, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) register.countVersions(modelId))
                .setIdentifierProvider(VersionView::id);
        grid.asSingleSelect().addValueChangeListener(e -> lineage.show(e.getValue()));
    }

    private HorizontalLayout toolbar() {
        var add = new Button("Register version", VaadinIcon.PLUS.create(),
                e -> new VersionForm(register, modelId, null, parentLabels(), this::saved).open());
        add.setId("new-version");
        var edit = new Button("Edit version", VaadinIcon.EDIT.create(), e -> {
            var selected = grid.asSingleSelect().getValue();
            if (selected != null) {
                new VersionForm(register, modelId, selected, parentLabels(), this::saved).open();
            }
        });
        edit.setId("edit-version");
        edit.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(e -> edit.setEnabled(e.getValue() != null));
        return new HorizontalLayout(add, edit);
    }

    private List<String> parentLabels() {
        var newest = PageRequest.of(0, PARENT_SUGGESTIONS, Sort.by(Sort.Direction.DESC, "registeredAt"));
        return register.versions(modelId, newest).stream().map(VersionView::label).toList();
    }

    private void saved(VersionView version) {
        grid.getDataProvider().refreshAll();
        grid.select(version);
        lineage.show(version);
    }
}
