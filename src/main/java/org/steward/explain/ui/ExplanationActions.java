package org.steward.explain.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.dataset.Progress;
import org.steward.explain.ExplanationView;
import org.steward.explain.Explanations;
import org.steward.explain.method.ImportedAttributions.Link;

/**
 * What may be done with an explanation's sample: recompute it in the background, with progress and a cancel
 * button, or import attributions for it. Each stores a new result; the shown one stays as it was.
 */
class ExplanationActions extends HorizontalLayout {

    private static final int POLL_MILLIS = 500;

    private final Explanations explanations;
    private final ExplanationView result;
    private final Executor workers;
    private final Consumer<ExplanationView> computed;
    final Button recompute = new Button("Recompute", VaadinIcon.REFRESH.create());
    final Button cancel = new Button("Cancel");
    final ProgressBar bar = new ProgressBar();
    final Span step = new Span();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    ExplanationActions(Explanations explanations, ExplanationView result, Executor workers,
                       Consumer<ExplanationView> computed) {
        this.explanations = explanations;
        this.result = result;
        this.workers = workers;
        this.computed = computed;
        setId("explanation-actions");
        setAlignItems(Alignment.CENTER);
        if (explanations.canRecompute()) {
            recompute.setId("explanation-recompute");
            recompute.addClickListener(e -> start());
            cancel.setId("explanation-cancel");
            cancel.addClickListener(e -> cancelled.set(true));
            cancel.setVisible(false);
            bar.setId("explanation-progress");
            bar.setWidth("12em");
            bar.setVisible(false);
            step.setId("explanation-step");
            add(recompute, bar, step, cancel);
        }
        if (explanations.canImport()) {
            add(importer());
        }
    }

    private void start() {
        var ui = UI.getCurrent();
        cancelled.set(false);
        recompute.setEnabled(false);
        cancel.setVisible(true);
        bar.setVisible(true);
        bar.setValue(0);
        var progress = new Progress() {
            @Override
            public void step(String message, double fraction) {
                ui.access(() -> {
                    bar.setValue(Math.clamp(fraction, 0, 1));
                    step.setText(message);
                });
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        // the worker runs as the signed-in user: the service checks the role there too
        var asUser = new DelegatingSecurityContextExecutor(workers, SecurityContextHolder.getContext());
        ui.setPollInterval(POLL_MILLIS);
        CompletableFuture.supplyAsync(() -> explanations.recompute(result.datasetId(), progress), asUser)
                .whenComplete((view, error) -> ui.access(() -> finished(ui, view, error)));
    }

    private void finished(UI ui, ExplanationView view, Throwable error) {
        ui.setPollInterval(-1);
        recompute.setEnabled(true);
        cancel.setVisible(false);
        bar.setVisible(false);
        step.setText("");
        if (error == null) {
            Notifications.success("Explanation recomputed and stored as a new result.");
            computed.accept(view);
            return;
        }
        var cause = error.getCause() != null ? error.getCause() : error;
        Notifications.error(cause instanceof java.util.concurrent.CancellationException
                ? "Cancelled: nothing was stored." : message(cause));
    }

    private HorizontalLayout importer() {
        var link = new Select<Link>();
        link.setId("attribution-link");
        link.setItems(Link.values());
        link.setItemLabelGenerator(l -> l == Link.IDENTITY ? "On the output" : "On the log-odds");
        link.setValue(Link.IDENTITY);
        link.setEnabled(result.task() == org.steward.dataset.TaskType.BINARY);
        link.setAriaLabel("Scale of the attributions");
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                var view = explanations.importAttributions(result.datasetId(), bytes, metadata.fileName(),
                        link.getValue());
                Notifications.success("Attributions checked and stored for " + result.datasetFile() + ".");
                computed.accept(view);
            } catch (DomainException e) {
                Notifications.error(message(e));
            }
        }));
        upload.setId("attribution-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button("Import attributions", VaadinIcon.UPLOAD.create()));
        upload.setDropAllowed(false);
        var box = new HorizontalLayout(upload, link);
        box.setAlignItems(Alignment.CENTER);
        return box;
    }

    static String message(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return String.join("; ", invalid.fieldErrors().entrySet().stream()
                    .map(en -> en.getKey() + ": " + en.getValue()).toList());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
