package org.steward.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonTester;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.base.ui.NotFoundView;
import org.steward.identity.Role;
import org.steward.identity.TestUsers;
import org.steward.identity.UserDirectory;
import org.steward.identity.UserProvisioning;
import org.steward.identity.UserSummary;

@SpringBootTest
@AutoConfigureMockMvc
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    UserDirectory directory;

    @Test
    @WithUserDetails("admin")
    void administrator_creates_a_user_and_sees_the_one_time_password_once() {
        var name = TestUsers.uniqueName("created");
        navigate(UsersView.class);

        test($(Button.class).id("new-user")).click();
        test($(TextField.class).id("user-username")).setValue(name);
        test($(TextField.class).id("user-display-name")).setValue("Created In View");
        test(roles("user-roles")).selectItem(Role.AUDITOR.label());
        test($(Button.class).id("user-save")).click();

        var password = $(TextField.class).id(ShownOnceDialog.PASSWORD_FIELD_ID);
        assertThat(password.getValue()).hasSize(16);
        assertThat(password.isReadOnly()).isTrue();
        assertThat($(Paragraph.class).id(ShownOnceDialog.PASSWORD_FIELD_ID + "-warning").getText())
                .contains("shown once").contains("will not be shown again");
        assertThat(directory.isActiveWithRole(name, Role.AUDITOR)).isTrue();

        test($(Button.class).id(ShownOnceDialog.PASSWORD_FIELD_ID + "-done")).click();
        assertThat($(TextField.class).withId(ShownOnceDialog.PASSWORD_FIELD_ID).exists()).isFalse();

        var grid = search(name);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).username()).isEqualTo(name);
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("roles"))).isEqualTo("Auditor");
    }

    @Test
    @WithUserDetails("admin")
    void duplicate_user_name_is_shown_on_the_field_and_the_dialog_stays_open() {
        navigate(UsersView.class);

        test($(Button.class).id("new-user")).click();
        test($(TextField.class).id("user-username")).setValue("dev");
        test($(TextField.class).id("user-display-name")).setValue("Second Dev");
        test(roles("user-roles")).selectItem(Role.MODEL_DEVELOPER.label());
        test($(Button.class).id("user-save")).click();

        var username = $(TextField.class).id("user-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).contains("exists already");
        assertThat($(TextField.class).withId(ShownOnceDialog.PASSWORD_FIELD_ID).exists()).isFalse();
        assertThat($(Dialog.class).all()).anyMatch(Dialog::isOpened);
    }

    @Test
    @WithUserDetails("admin")
    void missing_roles_are_shown_on_the_role_choice() {
        navigate(UsersView.class);

        test($(Button.class).id("new-user")).click();
        test($(TextField.class).id("user-username")).setValue(TestUsers.uniqueName("noroles"));
        test($(TextField.class).id("user-display-name")).setValue("No Roles");
        test($(Button.class).id("user-save")).click();

        var roles = roles("user-roles");
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).containsIgnoringCase("at least one role");
    }

    @Test
    @WithUserDetails("admin")
    void administrator_disables_and_enables_a_user_from_the_grid() {
        var name = TestUsers.create(provisioning, "toggle", Role.END_USER);
        navigate(UsersView.class);
        var grid = search(name);

        action(grid, "Disable").click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(directory.isActiveWithRole(name, Role.END_USER)).isFalse();
        assertThat(test(grid).getRow(0).enabled()).isFalse();

        action(grid, "Enable").click();
        assertThat(directory.isActiveWithRole(name, Role.END_USER)).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void administrator_changes_roles_from_the_grid() {
        var name = TestUsers.create(provisioning, "roles", Role.END_USER);
        navigate(UsersView.class);
        var grid = search(name);

        action(grid, "Roles").click();
        var roles = test(roles("user-roles-edit"));
        roles.deselectAll();
        roles.selectItem(Role.RISK_OFFICER.label());
        test($(Button.class).id("user-roles-save")).click();

        assertThat(directory.isActiveWithRole(name, Role.RISK_OFFICER)).isTrue();
        assertThat(directory.isActiveWithRole(name, Role.END_USER)).isFalse();
        assertThat(test(grid).getRow(0).roles()).containsExactly(Role.RISK_OFFICER);
    }

    @Test
    @WithUserDetails("admin")
    void removing_every_role_is_refused_and_changes_nothing() {
        var name = TestUsers.create(provisioning, "roles", Role.END_USER);
        navigate(UsersView.class);
        var grid = search(name);

        action(grid, "Roles").click();
        test(roles("user-roles-edit")).deselectAll();
        test($(Button.class).id("user-roles-save")).click();

        assertThat(roles("user-roles-edit").isInvalid()).isTrue();
        assertThat(directory.isActiveWithRole(name, Role.END_USER)).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void password_reset_shows_the_new_one_time_password_once() {
        var name = TestUsers.create(provisioning, "reset", Role.END_USER);
        navigate(UsersView.class);
        var grid = search(name);

        action(grid, "Reset password").click();
        test($(ConfirmDialog.class).last()).confirm();

        var password = $(TextField.class).id(ShownOnceDialog.PASSWORD_FIELD_ID).getValue();
        assertThat(password).hasSize(16).isNotEqualTo(TestUsers.PASSWORD);
    }

    @Test
    @WithUserDetails("admin")
    void users_view_is_in_the_administrators_menu() {
        navigate(UsersView.class);

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Users", "My account");
    }

    @Test
    @WithUserDetails("dev")
    void non_administrators_cannot_open_the_users_view() {
        assertThatThrownBy(() -> navigate(UsersView.class)).isInstanceOf(IllegalArgumentException.class);

        // Vaadin does not reveal that the view exists: signed-in users without the role get "not found"
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Users");
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_view() {
        var view = navigate("admin/users", LoginView.class);

        assertThat(view).isInstanceOf(LoginView.class);
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Role> roles(String id) {
        return $(CheckboxGroup.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> search(String text) {
        test($(TextField.class).id("users-search")).setValue(text);
        return $(Grid.class).id("users-grid");
    }

    private ButtonTester<Button> action(Grid<UserSummary> grid, String text) {
        var actions = test(grid).getCellComponent(0, "actions");
        return test($(Button.class, actions).withText(text).single());
    }
}
