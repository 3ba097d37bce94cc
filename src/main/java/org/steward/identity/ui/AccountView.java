package org.steward.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.steward.base.ui.Notifications;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.ApiTokenManagement.CreatedToken;
import org.steward.identity.UserManagement;

/** The signed-in user's own account: their password and their personal API tokens. */
@Route("account")
@PageTitle("My account · Steward")
@Menu(title = "My account", order = 95, icon = "vaadin:user")
@PermitAll
public final class AccountView extends VerticalLayout {

    private final TokensGrid tokensGrid;

    AccountView(UserManagement users, ApiTokenManagement tokens, Clock clock) {
        addClassName("steward-view");
        tokensGrid = new TokensGrid(tokens, clock);

        var docs = new Anchor("/swagger-ui.html", "API documentation", AnchorTarget.BLANK);
        docs.setId("api-docs-link");
        docs.setRouterIgnore(true);
        var tokensIntro = new Paragraph(new Span("Personal API tokens let scripts and pipelines call the "
                + "Steward API as you, limited to the scopes you choose. Send one as "
                + "'Authorization: Bearer stw_…'. See the "), docs, new Span("."));

        add(new H2("My account"),
                section("Password"), new ChangePasswordForm(users),
                section("API tokens"), tokensIntro, new NewTokenForm(tokens, this::created), tokensGrid);
    }

    private void created(CreatedToken created) {
        tokensGrid.refresh();
        Notifications.success("API token '" + created.token().name() + "' created.");
        ShownOnceDialog.token(created.token().name(), created.secret()).open();
    }

    private static H3 section(String title) {
        var heading = new H3(title);
        heading.addClassName("steward-section-title");
        return heading;
    }
}
