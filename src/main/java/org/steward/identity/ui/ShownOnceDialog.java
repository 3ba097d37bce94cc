package org.steward.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a secret (a one-time password or an API token) exactly once. Nothing keeps the secret after the
 * dialog closes: the server stores only its hash.
 */
final class ShownOnceDialog extends Dialog {

    static final String PASSWORD_FIELD_ID = "one-time-password";
    static final String TOKEN_FIELD_ID = "token-secret";

    private ShownOnceDialog(String title, String label, String secret, String fieldId, String advice) {
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setWidth("36em");

        var field = new TextField(label);
        field.setId(fieldId);
        field.setValue(secret);
        field.setReadOnly(true);
        field.setAutoselect(true);
        field.setAutofocus(true);
        field.setWidthFull();
        field.setHelperText("Click into the field and press Ctrl+C (⌘C on a Mac) to copy it.");

        var warning = new Paragraph("This is shown once: it will not be shown again. " + advice);
        warning.setId(fieldId + "-warning");
        warning.getStyle().set("font-weight", "600");
        add(field, warning);

        var done = new Button("I have copied it", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId(fieldId + "-done");
        getFooter().add(done);
    }

    static ShownOnceDialog password(String username, String password) {
        return new ShownOnceDialog("One-time password for " + username, "One-time password", password,
                PASSWORD_FIELD_ID, "Hand it to " + username + " over a secure channel; "
                        + "they should change it under My account after signing in.");
    }

    static ShownOnceDialog token(String tokenName, String secret) {
        return new ShownOnceDialog("API token '" + tokenName + "' created", "Token secret", secret,
                TOKEN_FIELD_ID, "Store it in a secret manager now. If it is lost, revoke the token "
                        + "and create a new one.");
    }
}
