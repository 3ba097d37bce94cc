package org.steward.evidence.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.evidence.EvidenceFile;
import org.steward.evidence.EvidencePacks;
import org.steward.evidence.ModelState.VersionState;
import org.steward.register.ModelView;

/** Download links for the evidence pack, and the model's versions as they stood at the end of a chosen day. */
class EvidencePanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final EvidencePacks evidence;
    private final ModelView model;
    private final DatePicker asOf = new DatePicker("State as of");
    private final Grid<VersionState> state = new Grid<>();

    EvidencePanel(EvidencePacks evidence, ModelView model, Clock clock) {
        this.evidence = evidence;
        this.model = model;
        setId("evidence-tab");
        setPadding(false);
        if (!evidence.canExport(model.id())) {
            add(new Paragraph("Business owners see the evidence of their own models only."));
            return;
        }
        var pdf = new Anchor(download(evidence::pdf), AttachmentType.DOWNLOAD, "Evidence pack (PDF)");
        pdf.setId("evidence-pdf");
        var json = new Anchor(download(evidence::json), AttachmentType.DOWNLOAD, "Evidence pack (JSON)");
        json.setId("evidence-json");
        var links = new HorizontalLayout(pdf, json);
        links.setSpacing(true);

        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        asOf.setId("evidence-as-of");
        asOf.setMax(today);
        asOf.setHelperText("Each version's status and stage at the end of that day (UTC), replayed from the ledger.");
        state.setId("evidence-state");
        state.addColumn(VersionState::label).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        state.addColumn(v -> v.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        state.addColumn(v -> v.stage() == null ? "not recorded" : v.stage().label()).setHeader("Stage")
                .setAutoWidth(true).setFlexGrow(0);
        state.addColumn(v -> WHEN.format(v.since())).setHeader("Since").setAutoWidth(true).setFlexGrow(0);
        state.addColumn(v -> v.lastDecision() == null ? "" : v.lastDecision()).setHeader("Last decision")
                .setFlexGrow(1);
        state.addColumn(v -> v.note() == null ? "" : v.note()).setHeader("Note").setFlexGrow(1);
        state.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        state.setAllRowsVisible(true);
        state.setEmptyStateText("No version was registered by then.");
        asOf.addValueChangeListener(e -> show(e.getValue()));

        add(new H3("Evidence pack"), new Paragraph("The model's details, every version with its lineage, every "
                + "decision with rationale and gate results, the model's ledger trail and a verification of the "
                + "whole ledger. Each download is recorded in the ledger."), links,
                new H3("Versions on a past day"), asOf, state);
        asOf.setValue(today);
    }

    private void show(@Nullable LocalDate day) {
        state.setItems(day == null ? List.of() : evidence.stateAsOf(model.id(), day).versions());
    }

    /** Builds the file when the link is followed, so that each download is a fresh, recorded export. */
    private DownloadHandler download(LongFunction<EvidenceFile> export) {
        var modelId = model.id();
        return DownloadHandler.fromInputStream(event -> {
            try {
                var file = export.apply(modelId);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.filename(),
                        file.contentType(), file.bytes().length);
            } catch (AccessDeniedException | DomainException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN, e.getMessage());
            }
        });
    }
}
