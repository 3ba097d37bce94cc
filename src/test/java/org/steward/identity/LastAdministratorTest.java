package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.base.ConflictException;
import org.steward.identity.ui.UsersView;

/**
 * The last active administrator can be neither disabled nor demoted. Runs on its own empty database without
 * demo data, where {@link FirstAdmin} creates the only administrator, {@code admin}.
 */
@SpringBootTest(properties = {
        "steward.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:identity-last-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@WithUserDetails("admin")
class LastAdministratorTest extends SpringBrowserlessTest {

    @Autowired
    UserManagement users;

    @Autowired
    UserAccounts accounts;

    @Test
    void first_start_on_an_empty_database_creates_exactly_one_administrator() {
        var admin = accounts.findByUsername("admin").orElseThrow();

        assertThat(admin.isActiveAdmin()).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
        assertThat(accounts.findByUsername("dev")).isEmpty();
    }

    @Test
    void the_only_administrator_can_be_neither_disabled_nor_demoted() {
        assertThat(accounts.countActiveAdmins()).isEqualTo(1);
        var admin = adminId();

        assertThatThrownBy(() -> users.setEnabled(admin, false))
                .isInstanceOf(ConflictException.class).hasMessageContaining("last active administrator");
        assertThatThrownBy(() -> users.setRoles(admin, Set.of(Role.AUDITOR)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("last active administrator");

        assertThat(accounts.findById(admin).orElseThrow().isActiveAdmin()).isTrue();
    }

    @Test
    void with_a_second_administrator_one_of_them_may_step_down() {
        var second = users.create(new NewUser(TestUsers.uniqueName("admin2"), "Second Admin", null,
                Set.of(Role.ADMIN))).user().id();

        users.setRoles(second, Set.of(Role.AUDITOR));

        assertThat(accounts.countActiveAdmins()).isEqualTo(1);
        assertThatThrownBy(() -> users.setRoles(adminId(), Set.of(Role.AUDITOR)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_disabled_administrator_does_not_count() {
        var second = users.create(new NewUser(TestUsers.uniqueName("admin2"), "Disabled Admin", null,
                Set.of(Role.ADMIN))).user().id();

        users.setEnabled(second, false);

        assertThat(accounts.countActiveAdmins()).isEqualTo(1);
        assertThatThrownBy(() -> users.setEnabled(adminId(), false)).isInstanceOf(ConflictException.class);
        // re-enabling a disabled administrator is always allowed
        users.setEnabled(second, true);
        assertThat(accounts.countActiveAdmins()).isEqualTo(2);
        users.setRoles(second, Set.of(Role.END_USER));
        assertThat(accounts.countActiveAdmins()).isEqualTo(1);
    }

    @Test
    void administrators_may_keep_their_admin_role_while_gaining_others() {
        var admin = adminId();

        users.setRoles(admin, Set.of(Role.ADMIN, Role.AUDITOR));
        users.setRoles(admin, Set.of(Role.ADMIN));

        assertThat(accounts.findById(admin).orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void disabling_the_last_administrator_in_the_view_shows_an_error_and_changes_nothing() {
        navigate(UsersView.class);
        test($(TextField.class).id("users-search")).setValue("admin");
        Grid<UserSummary> grid = $(Grid.class).id("users-grid");
        var row = rowOf(grid, "admin");

        var actions = test(grid).getCellComponent(row, "actions");
        test($(Button.class, actions).withText("Disable").single()).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(test($(Notification.class).last()).getText()).contains("last active administrator");
        assertThat(accounts.findById(adminId()).orElseThrow().isActiveAdmin()).isTrue();
        assertThat(test(grid).getRow(rowOf(grid, "admin")).enabled()).isTrue();
    }

    private long adminId() {
        var id = accounts.findByUsername("admin").orElseThrow().id();
        assertThat(id).isNotNull();
        return id;
    }

    private int rowOf(Grid<UserSummary> grid, String username) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError(username + " is not in the grid");
    }
}
