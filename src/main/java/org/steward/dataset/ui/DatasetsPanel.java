package org.steward.dataset.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import com.vaadin.flow.component.button.ButtonVariant;
import org.steward.base.ui.Notifications;
import org.steward.base.ui.ReasonDialog;
import org.steward.dataset.DatasetProtection;
import org.steward.dataset.AnalysisRun;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/** The datasets of one model, newest first; upload and re-run buttons for those who may. */
class DatasetsPanel extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int VERSION_CHOICES = 100;

    private final Datasets datasets;
    private final DatasetProtection protection;
    private final ModelRegister register;
    private final ModelView model;
    private final Executor workers;
    final Grid<DatasetView> grid = new Grid<>();
    private final Button rerun = new Button("Re-run analyses", VaadinIcon.REFRESH.create());
    private final Button download = new Button("Download raw data", VaadinIcon.DOWNLOAD.create());
    private final Button erase = new Button("Erase raw data", VaadinIcon.TRASH.create());
    @Nullable CompletableFuture<Void> running;

    DatasetsPanel(Datasets datasets, DatasetProtection protection, ModelRegister register, ModelView model,
                  Executor workers) {
        this.datasets = datasets;
        this.protection = protection;
        this.register = register;
        this.model = model;
        this.workers = workers;
        setPadding(false);
        setId("datasets-tab");
        var intro = new Paragraph("Scored samples of the model's versions: the model's outputs with the true outcomes, "
                + "the split and the sensitive attributes. Steward keeps each compressed with its SHA-256 and runs "
                + "the validation, fairness and explanation analyses on it. Stored samples are encrypted (AES-256-GCM, key "
                + "id below) and purged when the model's retention period ends; their hash and results stay.");
        intro.addClassName("steward-muted");
        add(intro);
        var toolbar = toolbar();
        if (toolbar.getComponentCount() > 0) {
            add(toolbar);
        }
        configureGrid();
        add(grid);
    }

    private HorizontalLayout toolbar() {
        var toolbar = new HorizontalLayout();
        if (datasets.canUpload()) {
            var upload = new Button("Upload scored sample", VaadinIcon.UPLOAD.create(), e -> openUpload());
            upload.setId("upload-sample");
            toolbar.add(upload);
        }
        if (datasets.canRerun()) {
            rerun.setId("rerun-analyses");
            rerun.setEnabled(false);
            rerun.addClickListener(e -> rerunSelected());
            grid.asSingleSelect().addValueChangeListener(e -> rerun.setEnabled(rawStored(e.getValue())
                    && running == null));
            toolbar.add(rerun);
        }
        if (protection.canDownload()) {
            download.setId("download-raw");
            download.setEnabled(false);
            download.addClickListener(e -> openDownload());
            grid.asSingleSelect().addValueChangeListener(e -> download.setEnabled(rawStored(e.getValue())));
            toolbar.add(download);
        }
        if (protection.canErase()) {
            erase.setId("erase-raw");
            erase.setEnabled(false);
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            erase.addClickListener(e -> openErase());
            grid.asSingleSelect().addValueChangeListener(e -> erase.setEnabled(rawStored(e.getValue())));
            toolbar.add(erase);
        }
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("dataset-grid");
        grid.setHeight("20rem");
        grid.addColumn(DatasetView::versionLabel).setHeader("Version").setSortProperty("versionLabel")
                .setAutoWidth(true);
        grid.addColumn(DatasetView::fileName).setHeader("File").setSortProperty("fileName").setFlexGrow(2);
        grid.addColumn(DatasetView::rows).setHeader("Rows").setSortProperty("rows").setAutoWidth(true);
        grid.addColumn(d -> d.task().label()).setHeader("Task").setSortProperty("task").setAutoWidth(true);
        grid.addColumn(DatasetView::shortHash).setHeader("SHA-256").setAutoWidth(true);
        grid.addColumn(DatasetView::uploadedBy).setHeader("Uploaded by").setSortProperty("uploadedBy");
        grid.addColumn(DatasetsPanel::rawData).setHeader("Raw data").setAutoWidth(true);
        grid.addColumn(d -> TIME.format(d.uploadedAt())).setHeader("Uploaded at").setSortProperty("uploadedAt")
                .setAutoWidth(true);
        grid.setEmptyStateText("No scored sample has been uploaded for this model yet.");
        grid.setItems(query -> datasets.list(model.id(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) datasets.count(model.id())).setIdentifierProvider(DatasetView::id);
    }

    /** Where the raw data is: encrypted under a key id, not yet encrypted, or purged (with when). */
    static String rawData(DatasetView d) {
        var purge = d.purge();
        if (purge != null) {
            return "purged on " + TIME.format(purge.at());
        }
        return d.keyId() == null ? "stored, not yet encrypted" : "encrypted · key " + d.keyId();
    }

    private static boolean rawStored(@Nullable DatasetView d) {
        return d != null && !d.purged();
    }

    private void openDownload() {
        var selected = grid.asSingleSelect().getValue();
        if (selected != null) {
            DownloadDialog.forDataset(protection, selected).open();
        }
    }

    private void openErase() {
        var selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        new ReasonDialog("Erase the raw data of " + selected.fileName(), "The stored sample is deleted now; its "
                + "SHA-256, schema and every result computed from it stay, marked as purged. Recorded in the ledger "
                + "with your rationale. Refused while the model is on legal hold.", "Rationale (e.g. the request)",
                "Erase raw data", rationale -> {
                    var erased = protection.erase(selected.id(), rationale);
                    grid.getDataProvider().refreshAll();
                    grid.select(erased);
                    Notifications.success("Raw data of " + erased.fileName() + " erased; its results stay.");
                }).open();
    }

    private void openUpload() {
        var newest = PageRequest.of(0, VERSION_CHOICES, Sort.by(Sort.Direction.DESC, "registeredAt"));
        var versions = register.versions(model.id(), newest).stream()
                .filter(v -> v.status() != ApprovalStatus.RETIRED).toList();
        if (versions.isEmpty()) {
            Notifications.error("Register a version of the model first; samples belong to a version.");
            return;
        }
        new UploadDialog(datasets, model, versions, workers, this::stored).open();
    }

    private void stored(DatasetView dataset) {
        grid.getDataProvider().refreshAll();
        grid.select(dataset);
    }

    private void rerunSelected() {
        var selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        rerun.setEnabled(false);
        rerun.setText("Re-running…");
        running = Background.run(UI.getCurrent(), workers, () -> datasets.rerun(selected.id(), Progress.NONE),
                this::rerunDone, e -> {
                    Notifications.error(UploadDialog.describe(e));
                    rerunFinished();
                });
    }

    private void rerunDone(AnalysisRun run) {
        rerunFinished();
        if (run.failed().isEmpty()) {
            Notifications.success("Analyses re-run: " + String.join(", ", run.completed()) + ".");
        } else {
            Notifications.error("Failed: " + String.join("; ", run.failed().stream()
                    .map(f -> f.analysis() + " (" + f.message() + ")").toList()));
        }
    }

    private void rerunFinished() {
        running = null;
        rerun.setText("Re-run analyses");
        rerun.setEnabled(rawStored(grid.asSingleSelect().getValue()));
    }

    /** The labels of versions offered for an upload. */
    static String versionLabel(VersionView v) {
        return v.label() + " · " + v.status().label();
    }
}
