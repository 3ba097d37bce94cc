package org.steward.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.identity.NewUser;
import org.steward.identity.UserManagement;
import org.steward.identity.UserManagement.CreatedUser;

/** Creates a user; the service generates the one-time password, which the caller then shows once. */
final class NewUserDialog extends Dialog {

    private final UserManagement users;
    private final Consumer<CreatedUser> onCreated;
    private final TextField username = new TextField("User name");
    private final TextField displayName = new TextField("Display name");
    private final EmailField email = new EmailField("E-mail");
    private final RoleChoice roles = new RoleChoice();
    private final FieldErrors errors = new FieldErrors()
            .bind("username", username).bind("displayName", displayName).bind("email", email).bind("roles", roles);

    NewUserDialog(UserManagement users, Consumer<CreatedUser> onCreated) {
        this.users = users;
        this.onCreated = onCreated;
        setHeaderTitle("New user");
        username.setId("user-username");
        username.setRequired(true);
        username.setHelperText("Lower-case letters, digits, dot, dash or underscore; used to sign in");
        displayName.setId("user-display-name");
        displayName.setRequired(true);
        email.setId("user-email");
        roles.setId("user-roles");
        add(new FormLayout(username, displayName, email, roles));

        var save = new Button("Create user", e -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("user-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        errors.clear();
        try {
            var created = users.create(new NewUser(username.getValue().strip(), displayName.getValue(),
                    email.getValue(), roles.getValue()));
            close();
            onCreated.accept(created);
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        }
    }
}
