package org.steward.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.HasFieldErrors;

/**
 * Asks why before a recorded action (a download of raw data, an erasure, a legal hold): the action runs with the
 * text; a refusal is shown in the dialog's field or as a notification, and the dialog stays open.
 */
public class ReasonDialog extends Dialog {

    private final TextArea reason;
    private final Button confirm;

    public ReasonDialog(String title, String explanation, String fieldLabel, String actionLabel,
                        Consumer<String> action) {
        setHeaderTitle(title);
        reason = new TextArea(fieldLabel);
        reason.setId("reason-text");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        confirm = new Button(actionLabel, e -> run(action));
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        reason.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        var intro = new Paragraph(explanation);
        intro.addClassName("steward-muted");
        add(intro, reason);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        setWidth("32rem");
    }

    private void run(Consumer<String> action) {
        try {
            action.accept(reason.getValue());
            close();
        } catch (DomainException e) {
            if (e instanceof HasFieldErrors errors && !errors.fieldErrors().isEmpty()) {
                reason.setInvalid(true);
                reason.setErrorMessage(String.join("; ", errors.fieldErrors().values()));
            } else {
                Notifications.error(e.getMessage());
            }
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow this.");
        }
    }
}
