package org.steward.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonTester;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.steward.base.ui.Badge;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenSummary;
import org.steward.identity.Role;
import org.steward.identity.TestUsers;
import org.steward.identity.UserProvisioning;

/** The own-account view, as a fresh developer (so that tokens and passwords of demo users stay as they are). */
@SpringBootTest
@AutoConfigureMockMvc
class AccountViewTest extends SpringBrowserlessTest {

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder encoder;

    private String username;

    @BeforeEach
    void signInAsFreshDeveloper() {
        username = TestUsers.create(provisioning, "account", Role.MODEL_DEVELOPER);
        TestUsers.signIn(userDetails, username);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void creating_a_token_shows_its_secret_once_and_lists_it() {
        navigate(AccountView.class);
        assertThat(test(tokensGrid()).size()).isZero();

        test($(TextField.class).id("token-name")).setValue("CI pipeline");
        test(scopes()).selectItem(ApiScope.MONITORING_WRITE.value() + " – " + ApiScope.MONITORING_WRITE.description());
        test($(IntegerField.class).id("token-valid-days")).setValue(30);
        test($(Button.class).id("token-create")).click();

        var secret = $(TextField.class).id(ShownOnceDialog.TOKEN_FIELD_ID);
        assertThat(secret.getValue()).startsWith("stw_");
        assertThat(secret.isReadOnly()).isTrue();
        assertThat($(Paragraph.class).id(ShownOnceDialog.TOKEN_FIELD_ID + "-warning")
                .getText()).contains("will not be shown again");
        var shown = secret.getValue();

        test($(Button.class).id(ShownOnceDialog.TOKEN_FIELD_ID + "-done")).click();

        assertThat($(TextField.class).withId(ShownOnceDialog.TOKEN_FIELD_ID).exists()).isFalse();
        var grid = test(tokensGrid());
        assertThat(grid.size()).isEqualTo(1);
        var token = grid.getRow(0);
        assertThat(token.name()).isEqualTo("CI pipeline");
        assertThat(token.scopes()).containsExactlyInAnyOrder(ApiScope.REGISTER_READ, ApiScope.MONITORING_WRITE);
        assertThat(token.expiresAt()).isNotNull();
        assertThat(grid.getCellText(0, grid.getColumnPosition("prefix"))).isEqualTo(token.prefix() + "…");
        assertThat(IntStream.range(0, 6).mapToObj(c -> grid.getCellText(0, c))).noneMatch(shown::equals);
        assertThat(status(0)).isEqualTo("Active");
        assertThat($(TextField.class).id("token-name").getValue()).isEmpty();
    }

    @Test
    void revoking_a_token_asks_first_and_then_marks_it_revoked() {
        navigate(AccountView.class);
        test($(TextField.class).id("token-name")).setValue("To revoke");
        test($(Button.class).id("token-create")).click();
        test($(Button.class).id(ShownOnceDialog.TOKEN_FIELD_ID + "-done")).click();

        revokeButton().click();
        test($(ConfirmDialog.class).last()).cancel();
        assertThat(status(0)).isEqualTo("Active");

        revokeButton().click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(status(0)).isEqualTo("Revoked");
        assertThat(test(tokensGrid()).getRow(0).revokedAt()).isNotNull();
        assertThat($(Button.class).from(test(tokensGrid()).getCellComponent(0, "actions")).exists()).isFalse();
    }

    @Test
    void token_without_a_name_is_refused_on_the_name_field() {
        navigate(AccountView.class);

        test($(Button.class).id("token-create")).click();

        var name = $(TextField.class).id("token-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
        assertThat($(TextField.class).withId(ShownOnceDialog.TOKEN_FIELD_ID).exists()).isFalse();
        assertThat(test(tokensGrid()).size()).isZero();
    }

    @Test
    void only_scopes_the_roles_may_grant_are_offered() {
        navigate(AccountView.class);

        assertThat(scopes().getListDataView().getItems()).containsExactlyInAnyOrder(ApiScope.values());
        assertThat(scopes().getValue()).containsExactly(ApiScope.REGISTER_READ);
    }

    @Test
    void links_to_the_api_documentation() {
        navigate(AccountView.class);

        assertThat($(Anchor.class).id("api-docs-link").getHref()).isEqualTo("/swagger-ui.html");
    }

    @Test
    void password_change_needs_the_current_password() {
        navigate(AccountView.class);

        test($(PasswordField.class).id("current-password")).setValue("not-my-password");
        test($(PasswordField.class).id("new-password")).setValue("a-much-longer-new-password");
        test($(PasswordField.class).id("confirm-password")).setValue("a-much-longer-new-password");
        test($(Button.class).id("change-password")).click();

        assertThat($(PasswordField.class).id("current-password").isInvalid()).isTrue();
        assertThat(passwordMatches(TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void password_change_needs_a_matching_confirmation() {
        navigate(AccountView.class);

        test($(PasswordField.class).id("current-password")).setValue(TestUsers.PASSWORD);
        test($(PasswordField.class).id("new-password")).setValue("a-much-longer-new-password");
        test($(PasswordField.class).id("confirm-password")).setValue("a-much-longer-typo");
        test($(Button.class).id("change-password")).click();

        assertThat($(PasswordField.class).id("confirm-password").isInvalid()).isTrue();
        assertThat(passwordMatches(TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void short_new_password_is_refused_on_its_field() {
        navigate(AccountView.class);

        test($(PasswordField.class).id("current-password")).setValue(TestUsers.PASSWORD);
        test($(PasswordField.class).id("new-password")).setValue("too-short");
        test($(PasswordField.class).id("confirm-password")).setValue("too-short");
        test($(Button.class).id("change-password")).click();

        var field = $(PasswordField.class).id("new-password");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("12");
        assertThat(passwordMatches(TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void password_change_with_the_right_current_password_succeeds() {
        navigate(AccountView.class);

        test($(PasswordField.class).id("current-password")).setValue(TestUsers.PASSWORD);
        test($(PasswordField.class).id("new-password")).setValue("a-much-longer-new-password");
        test($(PasswordField.class).id("confirm-password")).setValue("a-much-longer-new-password");
        test($(Button.class).id("change-password")).click();

        assertThat(passwordMatches("a-much-longer-new-password")).isTrue();
        assertThat($(PasswordField.class).id("current-password").getValue()).isEmpty();
    }

    private boolean passwordMatches(String password) {
        return encoder.matches(password, userDetails.loadUserByUsername(username).getPassword());
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenSummary> tokensGrid() {
        return $(Grid.class).id("tokens-grid");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<ApiScope> scopes() {
        return $(CheckboxGroup.class).id("token-scopes");
    }

    private String status(int row) {
        return ((Badge) test(tokensGrid()).getCellComponent(row, "status")).getText();
    }

    private ButtonTester<Button> revokeButton() {
        return test((Button) test(tokensGrid()).getCellComponent(0, "actions"));
    }
}
