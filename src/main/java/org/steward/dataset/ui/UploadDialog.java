package org.steward.dataset.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.dataset.Inspection;
import org.steward.dataset.Progress;
import org.steward.dataset.UploadOutcome;
import org.steward.dataset.UploadTooLargeException;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/**
 * Uploads a scored sample: choose the version, upload the file, check what Steward found in it, map its columns,
 * then validate and store it on a worker thread with progress and a cancel button.
 */
class UploadDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(UploadDialog.class);

    private final Datasets datasets;
    private final ModelView model;
    private final Executor workers;
    private final Consumer<DatasetView> onStored;
    final ComboBox<VersionView> version = new ComboBox<>("Version");
    final Upload upload;
    private final VerticalLayout inspectionArea = new VerticalLayout();
    final Button store = new Button("Validate and store");
    private final ProgressBar bar = new ProgressBar();
    final Span step = new Span();
    final Button cancel = new Button("Cancel");
    final Div outcome = new Div();
    @Nullable MappingForm form;
    @Nullable CompletableFuture<Void> running;
    private @Nullable File file;
    private String fileName = "";
    private volatile boolean cancelled;
    private boolean closed;

    UploadDialog(Datasets datasets, ModelView model, List<VersionView> versions, Executor workers,
                 Consumer<DatasetView> onStored) {
        this.datasets = datasets;
        this.model = model;
        this.workers = workers;
        this.onStored = onStored;
        setHeaderTitle("Upload a scored sample for " + model.name());
        setWidth("70rem");
        version.setId("upload-version");
        version.setItems(versions);
        version.setItemLabelGenerator(DatasetsPanel::versionLabel);
        version.setValue(versions.getFirst());
        version.setRequired(true);
        upload = fileUpload();
        var help = new Paragraph("A UTF-8 CSV file with a header row: one row per scored example with the model's "
                + "output, the true outcome, a split column (train, test or holdout), sensitive attributes and "
                + "features. Up to " + limitText() + ".");
        help.addClassName("steward-muted");
        inspectionArea.setPadding(false);
        bar.setId("store-progress");
        step.setId("store-step");
        cancel.setId("cancel-store");
        cancel.addClickListener(e -> cancelStore());
        var progress = new HorizontalLayout(bar, cancel);
        progress.setWidthFull();
        progress.setFlexGrow(1, bar);
        var progressArea = new VerticalLayout(step, progress);
        progressArea.setPadding(false);
        progressArea.setVisible(false);
        progressArea.setId("store-progress-area");
        outcome.setId("store-outcome");
        add(new HorizontalLayout(version), help, upload, inspectionArea, progressArea, outcome);
        store.setId("store-sample");
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        store.setEnabled(false);
        store.addClickListener(e -> startStore(progressArea));
        var close = new Button("Close", e -> close());
        close.setId("close-upload");
        getFooter().add(close, store);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closed();
            }
        });
    }

    private Upload fileUpload() {
        var u = new Upload(UploadHandler.toTempFile(this::received));
        u.setId("upload-file");
        u.setMaxFiles(1);
        u.setAcceptedFileTypes(".csv", "text/csv");
        var limit = datasets.maxUploadSize().toBytes();
        u.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        var i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(limitMessage())
                .setIncorrectFileType("Upload a .csv file.").setTooManyFiles("Upload one file at a time."));
        u.setI18n(i18n);
        u.addFileRejectedListener(e -> Notifications.error("'" + e.getFileName() + "': " + e.getErrorMessage()));
        return u;
    }

    /** Called in the UI once the file is on the server: look at it on a worker thread. */
    private void received(UploadMetadata metadata, File uploaded) {
        discardFile();
        file = uploaded;
        fileName = metadata.fileName();
        inspectionArea.removeAll();
        outcome.removeAll();
        form = null;
        store.setEnabled(false);
        var chosen = version.getValue();
        if (chosen == null) {
            version.setInvalid(true);
            version.setErrorMessage("Choose the version the sample belongs to");
            return;
        }
        var looking = new Span("Looking at '" + fileName + "'…");
        looking.setId("inspecting");
        inspectionArea.add(looking);
        var path = uploaded.toPath();
        running = Background.run(UI.getCurrent(), workers,
                () -> datasets.inspect(model.id(), chosen.label(), path, fileName), this::inspected, e -> {
                    running = null;
                    inspectionArea.removeAll();
                    showProblems(e);
                    cleanUpIfClosed();
                });
    }

    private void inspected(Inspection inspection) {
        running = null;
        if (cleanUpIfClosed()) {
            return;
        }
        inspectionArea.removeAll();
        form = new MappingForm(inspection);
        inspectionArea.add(new InspectionSummary(inspection), form);
        store.setEnabled(true);
    }

    private void startStore(VerticalLayout progressArea) {
        var mappingForm = form;
        var uploaded = file;
        var chosen = version.getValue();
        if (mappingForm == null || uploaded == null || chosen == null) {
            return;
        }
        outcome.removeAll();
        try {
            var mapping = mappingForm.mapping();
            cancelled = false;
            locked(true);
            progressArea.setVisible(true);
            bar.setValue(0);
            step.setText("Starting…");
            var ui = UI.getCurrent();
            var progress = progress(ui);
            var path = uploaded.toPath();
            var name = fileName;
            running = Background.run(ui, workers,
                    () -> datasets.upload(model.id(), chosen.label(), path, name, mapping, progress),
                    this::stored, e -> {
                        running = null;
                        locked(false);
                        showProblems(e);
                        cleanUpIfClosed();
                    });
        } catch (InvalidInputException e) {
            showProblems(e);
        }
    }

    private Progress progress(UI ui) {
        return new Progress() {
            @Override
            public void step(String message, double fraction) {
                Background.inUi(ui, () -> {
                    bar.setValue(Math.clamp(fraction, 0, 1));
                    step.setText(message);
                });
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
    }

    private void stored(UploadOutcome result) {
        running = null;
        cancel.setEnabled(false);
        bar.setValue(1);
        var d = result.dataset();
        var text = result.alreadyStored()
                ? "Already stored: this file with this mapping was uploaded for version " + d.versionLabel() + " by "
                + d.uploadedBy() + " on " + DatasetsPanel.TIME.format(d.uploadedAt()) + ". Nothing new was stored."
                : "Stored '" + d.fileName() + "' for version " + d.versionLabel() + ": " + d.rows() + " rows, "
                + d.columns() + " columns, SHA-256 " + d.shortHash() + "….";
        outcome.add(new Paragraph(text));
        var run = result.analyses();
        if (!run.completed().isEmpty()) {
            outcome.add(new Paragraph("Analyses run: " + String.join(", ", run.completed()) + "."));
        }
        if (!run.failed().isEmpty()) {
            outcome.add(new Paragraph("These analyses failed; the sample is stored and they can be re-run:"),
                    list(run.failed().stream().map(f -> f.analysis() + ": " + f.message()).toList(), "store-failures"));
        }
        if (!run.skipped().isEmpty()) {
            outcome.add(new Paragraph("Cancelled before: " + String.join(", ", run.skipped()) + "; re-run them from "
                    + "the list."));
        }
        step.setText(result.alreadyStored() ? "Already stored" : "Stored");
        if (result.alreadyStored()) {
            Notifications.success("Already stored; nothing new was stored.");
        } else {
            Notifications.success("Scored sample stored for version " + d.versionLabel() + ".");
        }
        onStored.accept(d);
        cleanUpIfClosed();
    }

    private void showProblems(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            if (form != null) {
                form.showErrors(invalid.fieldErrors());
            }
            outcome.add(new Paragraph("Nothing was stored. Fix these and try again:"), list(invalid.fieldErrors()
                    .entrySet().stream().map(p -> label(p.getKey()) + ": " + p.getValue()).toList(), "store-errors"));
        } else {
            outcome.add(new Paragraph(describe(e)));
        }
    }

    /** What to tell the user about an error of the service. */
    static String describe(RuntimeException e) {
        if (e instanceof DomainException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "Your role does not allow this.";
        }
        LOG.warn("Processing a scored sample failed", e);
        return "Something went wrong while processing the sample: " + e.getMessage();
    }

    private static String label(String field) {
        return field.equals("file") ? "File" : field;
    }

    private static UnorderedList list(List<String> items, String id) {
        var list = new UnorderedList();
        list.setId(id);
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    private void cancelStore() {
        cancelled = true;
        cancel.setEnabled(false);
        step.setText("Cancelling after the current step…");
    }

    private void locked(boolean busy) {
        version.setEnabled(!busy);
        upload.setEnabled(!busy);
        store.setEnabled(!busy);
        cancel.setEnabled(busy);
        if (form != null) {
            form.setEnabled(!busy);
        }
    }

    private String limitText() {
        return UploadTooLargeException.describe(datasets.maxUploadSize().toBytes());
    }

    private String limitMessage() {
        return UploadTooLargeException.over(datasets.maxUploadSize().toBytes()).fieldErrors().get("file");
    }

    private void closed() {
        closed = true;
        if (running != null) {
            cancelled = true;
        }
        cleanUpIfClosed();
    }

    /** Deletes the temporary file once the dialog is closed and no worker is reading it; whether it was. */
    private boolean cleanUpIfClosed() {
        if (closed && running == null) {
            discardFile();
            return true;
        }
        return false;
    }

    private void discardFile() {
        if (file != null) {
            try {
                java.nio.file.Files.deleteIfExists(file.toPath());
            } catch (java.io.IOException e) {
                LOG.warn("Could not delete the uploaded sample {}", file, e);
            }
            file = null;
        }
    }

    /** The uploaded file, for tests. */
    @Nullable Path uploadedFile() {
        return file == null ? null : file.toPath();
    }
}
