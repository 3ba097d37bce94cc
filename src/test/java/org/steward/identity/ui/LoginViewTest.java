package org.steward.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;

class LoginViewTest {

    @Test
    void locked_account_is_explained_as_a_temporary_lock() {
        var error = LoginView.i18nFor(new LockedException("User account is locked")).getErrorMessage();

        assertThat(error.getTitle()).containsIgnoringCase("locked");
        assertThat(error.getMessage()).contains("Too many failed sign-in attempts");
    }

    @Test
    void disabled_account_is_explained() {
        var error = LoginView.i18nFor(new DisabledException("User is disabled")).getErrorMessage();

        assertThat(error.getTitle()).containsIgnoringCase("disabled");
    }

    @Test
    void wrong_password_does_not_say_whether_the_user_exists() {
        var wrongPassword = LoginView.i18nFor(new BadCredentialsException("Bad credentials")).getErrorMessage();
        var nothingKnown = LoginView.i18nFor(null).getErrorMessage();

        assertThat(wrongPassword.getTitle()).isEqualTo("Incorrect user name or password");
        assertThat(nothingKnown.getTitle()).isEqualTo(wrongPassword.getTitle());
        assertThat(wrongPassword.getMessage()).contains("Repeated failures lock the account");
    }
}
