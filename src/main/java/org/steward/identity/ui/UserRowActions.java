package org.steward.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.steward.base.DomainException;
import org.steward.base.ui.Notifications;
import org.steward.identity.UserManagement;
import org.steward.identity.UserSummary;

/** The buttons in each row of the users table: enable or disable, change roles, reset the password. */
final class UserRowActions {

    private final UserManagement users;
    private final Runnable refresh;

    UserRowActions(UserManagement users, Runnable refresh) {
        this.users = users;
        this.refresh = refresh;
    }

    Component forUser(UserSummary user) {
        var toggle = button(user.enabled() ? "Disable" : "Enable",
                (user.enabled() ? "Disable " : "Enable ") + user.username(), () -> toggleEnabled(user));
        var roles = button("Roles", "Change the roles of " + user.username(),
                () -> new RolesDialog(users, user, refresh).open());
        var reset = button("Reset password", "Reset the password of " + user.username(), () -> confirmReset(user));
        var actions = new HorizontalLayout(toggle, roles, reset);
        actions.setSpacing(false);
        return actions;
    }

    private static Button button(String text, String ariaLabel, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.setAriaLabel(ariaLabel);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void toggleEnabled(UserSummary user) {
        if (!user.enabled()) {
            setEnabled(user, true);
            return;
        }
        var confirm = new ConfirmDialog("Disable " + user.username() + "?",
                "They can no longer sign in, and their API tokens stop working until they are enabled again.",
                "Disable", e -> setEnabled(user, false));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void setEnabled(UserSummary user, boolean enabled) {
        try {
            users.setEnabled(user.id(), enabled);
            Notifications.success(user.username() + (enabled ? " enabled." : " disabled."));
            refresh.run();
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void confirmReset(UserSummary user) {
        var confirm = new ConfirmDialog("Reset the password of " + user.username() + "?",
                "A new one-time password replaces the current one and lifts any sign-in lock.",
                "Reset password", e -> resetPassword(user));
        confirm.setCancelable(true);
        confirm.open();
    }

    private void resetPassword(UserSummary user) {
        try {
            var password = users.resetPassword(user.id());
            refresh.run();
            ShownOnceDialog.password(user.username(), password).open();
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        }
    }
}
