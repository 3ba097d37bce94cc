package org.steward.identity.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in page; explains a lock after repeated failures instead of a generic error. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Steward")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        var intro = new Paragraph("Steward: the governance register for machine-learning models.");
        intro.addClassName("steward-muted");
        add(form, intro);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18nFor(lastFailure()));
            form.setError(true);
        }
    }

    private static @Nullable Object lastFailure() {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    static LoginI18n i18nFor(@Nullable Object failure) {
        var i18n = LoginI18n.createDefault();
        var error = new LoginI18n.ErrorMessage();
        if (failure instanceof LockedException) {
            error.setTitle("Account locked for a while");
            error.setMessage("Too many failed sign-in attempts. Wait a few minutes and try again, "
                    + "or ask an administrator to reset your password.");
        } else if (failure instanceof DisabledException) {
            error.setTitle("Account disabled");
            error.setMessage("This account has been disabled. Ask an administrator to enable it.");
        } else {
            error.setTitle("Incorrect user name or password");
            error.setMessage("Check your user name and password and try again. "
                    + "Repeated failures lock the account for a while.");
        }
        i18n.setErrorMessage(error);
        return i18n;
    }
}
