package org.steward.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.identity.UserManagement;

/** Lets the signed-in user change their password after proving the current one. */
final class ChangePasswordForm extends VerticalLayout {

    private final UserManagement users;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField chosen = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("Repeat the new password");
    private final FieldErrors errors = new FieldErrors()
            .bind("currentPassword", current).bind("newPassword", chosen).bind("confirmation", confirmation);

    ChangePasswordForm(UserManagement users) {
        this.users = users;
        setPadding(false);
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        chosen.setId("new-password");
        chosen.setAutocomplete(Autocomplete.NEW_PASSWORD);
        chosen.setHelperText("At least 12 characters; a few unrelated words make a good one");
        confirmation.setId("confirm-password");
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        var change = new Button("Change password", e -> change());
        change.setId("change-password");
        add(new FormLayout(current, chosen, confirmation), change);
    }

    private void change() {
        errors.clear();
        if (!chosen.getValue().equals(confirmation.getValue())) {
            errors.show(InvalidInputException.of("confirmation", "does not match the new password"));
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), chosen.getValue());
            current.clear();
            chosen.clear();
            confirmation.clear();
            Notifications.success("Your password has been changed.");
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        }
    }
}
