package org.steward.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.identity.UserManagement;
import org.steward.identity.UserSummary;

/** Changes a user's roles; the service refuses to demote the last active administrator. */
final class RolesDialog extends Dialog {

    private final UserManagement users;
    private final UserSummary user;
    private final Runnable onSaved;
    private final RoleChoice roles = new RoleChoice();
    private final FieldErrors errors = new FieldErrors().bind("roles", roles);

    RolesDialog(UserManagement users, UserSummary user, Runnable onSaved) {
        this.users = users;
        this.user = user;
        this.onSaved = onSaved;
        setHeaderTitle("Roles of " + user.username());
        roles.setId("user-roles-edit");
        roles.setValue(user.roles());
        add(new Paragraph(user.displayName() + " gets the permissions of every role ticked here."), roles);

        var save = new Button("Save roles", e -> save());
        save.setId("user-roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        errors.clear();
        try {
            users.setRoles(user.id(), roles.getValue());
            close();
            Notifications.success("Roles of " + user.username() + " saved.");
            onSaved.run();
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        }
    }
}
