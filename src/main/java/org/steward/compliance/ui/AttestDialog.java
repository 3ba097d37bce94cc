package org.steward.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.HasFieldErrors;
import org.steward.base.ui.Notifications;
import org.steward.compliance.Compliance;
import org.steward.compliance.check.Requirement;
import org.steward.register.ModelView;

/** Attests that a model meets one requirement: a statement and a supporting file, valid for the set period. */
class AttestDialog extends Dialog {

    final TextArea statement = new TextArea("Statement");
    final Upload upload;
    final Span file = new Span("No file attached yet.");
    final Button attest = new Button("Attest");
    private byte @Nullable [] bytes;
    private String fileName = "";
    private @Nullable String contentType;

    AttestDialog(Compliance compliance, ModelView model, String framework, Requirement requirement, Runnable done) {
        setHeaderTitle("Attest " + requirement.reference() + " " + requirement.title());
        setWidth("38rem");
        var intro = new Paragraph("State how " + model.name() + " meets the requirement and attach the document that "
                + "shows it. The attestation counts for " + requirement.attestationDays() + " days and is recorded "
                + "in the ledger with the file's SHA-256.");
        intro.addClassName("steward-muted");
        statement.setId("attest-statement");
        statement.setWidthFull();
        statement.setMaxLength(4000);
        statement.setValueChangeMode(ValueChangeMode.EAGER);
        statement.setHelperText("At least 20 characters.");
        upload = new Upload(UploadHandler.inMemory((meta, data) -> getUI().ifPresentOrElse(
                ui -> ui.access(() -> received(meta.fileName(), meta.contentType(), data)),
                () -> received(meta.fileName(), meta.contentType(), data))));
        upload.setId("attest-file");
        upload.setMaxFiles(1);
        file.setId("attest-file-name");
        attest.setId("attest-confirm");
        attest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        attest.addClickListener(e -> {
            try {
                compliance.attest(model.id(), framework, requirement.code(), statement.getValue(), fileName,
                        contentType, bytes == null ? new byte[0] : bytes);
                Notifications.success("Attested " + requirement.reference() + " " + requirement.title() + ".");
                close();
                done.run();
            } catch (DomainException ex) {
                if (ex instanceof HasFieldErrors errors && errors.fieldErrors().containsKey("statement")) {
                    statement.setInvalid(true);
                    statement.setErrorMessage(errors.fieldErrors().get("statement"));
                }
                Notifications.error(ex.getMessage());
            } catch (AccessDeniedException ex) {
                Notifications.error("Your role does not allow this.");
            }
        });
        add(intro, statement, upload, file);
        getFooter().add(new Button("Cancel", e -> close()), attest);
    }

    void received(String name, @Nullable String type, byte[] data) {
        bytes = data;
        fileName = name;
        contentType = type;
        file.setText(name + " (" + data.length + " bytes)");
    }
}
