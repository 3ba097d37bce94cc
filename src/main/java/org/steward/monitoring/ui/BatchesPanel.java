package org.steward.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.steward.base.ui.Notifications;
import org.steward.base.ui.ReasonDialog;
import org.steward.monitoring.BatchView;
import org.steward.monitoring.MonitoringRawData;
import org.steward.register.ModelView;

/**
 * The model's production batches as data protection sees them (size, hash, where the raw data is; never the
 * values), with erasure on request of one batch or of all monitoring raw data for administrators and risk officers.
 */
class BatchesPanel extends VerticalLayout {

    private final MonitoringRawData rawData;
    private final ModelView model;
    final Grid<BatchView> grid = new Grid<>();
    final Button eraseBatch = new Button("Erase batch raw data", VaadinIcon.TRASH.create());
    final Button eraseAll = new Button("Erase all monitoring raw data", VaadinIcon.TRASH.create());

    BatchesPanel(MonitoringRawData rawData, ModelView model) {
        this.rawData = rawData;
        this.model = model;
        setPadding(false);
        var intro = new Paragraph("Feature values of production batches are stored encrypted (AES-256-GCM, one blob "
                + "per batch, key id below) and purged when the model's retention period after their receipt ends; "
                + "evaluations, counts, hashes and outputs stay. Raw rows are never shown or downloaded here.");
        intro.addClassName("steward-muted");
        add(new H3("Production batches"), intro);
        if (rawData.canErase()) {
            add(toolbar());
        }
        configureGrid();
        add(grid);
    }

    private HorizontalLayout toolbar() {
        eraseBatch.setId("monitoring-erase-batch");
        eraseBatch.setEnabled(false);
        eraseBatch.addThemeVariants(ButtonVariant.LUMO_ERROR);
        eraseBatch.addClickListener(e -> eraseSelected());
        grid.asSingleSelect().addValueChangeListener(e -> eraseBatch.setEnabled(e.getValue() != null
                && !e.getValue().purged()));
        eraseAll.setId("monitoring-erase-all");
        eraseAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        eraseAll.addClickListener(e -> new ReasonDialog("Erase the model's monitoring raw data", "The feature "
                + "values of every batch and the exact values of every baseline are deleted now (drift is then "
                + "judged on the baselines' sketches); evaluations, counts, hashes and outputs stay. Recorded in "
                + "the ledger with your rationale. Refused while the model is on legal hold.",
                "Rationale (e.g. the request)", "Erase all raw data", rationale -> {
                    var erased = rawData.erase(model.id(), rationale);
                    grid.getDataProvider().refreshAll();
                    Notifications.success("Raw data of " + erased.batches() + " batch(es) and exact values of "
                            + erased.baselines() + " baseline(s) erased; evaluations stay.");
                }).open());
        return new HorizontalLayout(eraseBatch, eraseAll);
    }

    private void eraseSelected() {
        var selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        new ReasonDialog("Erase the raw data of batch " + selected.id(), "Its feature values and request ids are "
                + "deleted now; its evaluations, counts, hash and outputs stay, marked as purged. Recorded in the "
                + "ledger with your rationale. Refused while the model is on legal hold.",
                "Rationale (e.g. the request)", "Erase raw data", rationale -> {
                    var erased = rawData.eraseBatch(selected.id(), rationale);
                    grid.getDataProvider().refreshAll();
                    Notifications.success("Raw data of batch " + erased.id() + " erased; its evaluations stay.");
                }).open();
    }

    private void configureGrid() {
        grid.setId("monitoring-batches");
        grid.setHeight("16rem");
        grid.addColumn(BatchView::id).setHeader("Batch").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> Shown.time(b.observedAt())).setHeader("Observed").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BatchView::rows).setHeader("Rows").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> b.bodySha256().substring(0, 12) + "…").setHeader("SHA-256").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(BatchesPanel::rawData).setHeader("Raw data").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No production batch has been received for this model yet.");
        grid.setItems(q -> rawData.batches(model.id(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) rawData.countBatches(model.id())).setIdentifierProvider(BatchView::id);
    }

    /** Where the raw data is: encrypted under a key id, not yet encrypted, or purged (when and why). */
    static String rawData(BatchView b) {
        var purge = b.purge();
        if (purge != null) {
            return "Raw data purged on " + Shown.time(purge.at()) + " (" + purge.reason() + ")";
        }
        return b.keyId() == null ? "stored, not yet encrypted" : "encrypted · key " + b.keyId();
    }
}
