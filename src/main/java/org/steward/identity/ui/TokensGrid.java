package org.steward.identity.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Clock;
import java.util.stream.Collectors;
import org.steward.base.DomainException;
import org.steward.base.ui.Badge;
import org.steward.base.ui.Notifications;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.ApiTokenSummary;

/** The signed-in user's API tokens, newest first, each revocable. Secrets are never shown here. */
final class TokensGrid extends Grid<ApiTokenSummary> {

    private final ApiTokenManagement tokens;
    private final Clock clock;

    TokensGrid(ApiTokenManagement tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        setId("tokens-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText("You have no API tokens yet.");
        setHeight("20em");
        addColumn(ApiTokenSummary::name).setKey("name").setHeader("Name").setAutoWidth(true);
        addColumn(t -> t.prefix() + "…").setKey("prefix").setHeader("Token").setAutoWidth(true);
        addColumn(t -> t.scopes().stream().sorted().map(ApiScope::value).collect(Collectors.joining(", ")))
                .setKey("scopes").setHeader("Scopes").setAutoWidth(true);
        addColumn(t -> Times.format(t.createdAt(), "")).setKey("created").setHeader("Created").setAutoWidth(true);
        addColumn(t -> Times.format(t.expiresAt(), "never")).setKey("expires").setHeader("Expires")
                .setAutoWidth(true);
        addColumn(t -> Times.format(t.lastUsedAt(), "never")).setKey("lastUsed").setHeader("Last used")
                .setAutoWidth(true);
        addComponentColumn(this::status).setKey("status").setHeader("Status").setAutoWidth(true);
        addComponentColumn(this::revokeButton).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        setItems(query -> tokens.listMine(toSpringPageRequest(query)).stream(), query -> (int) tokens.countMine());
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    private Component status(ApiTokenSummary token) {
        if (token.revokedAt() != null) {
            return new Badge("Revoked", "neutral");
        }
        return token.active(clock.instant()) ? new Badge("Active", "low") : new Badge("Expired", "medium");
    }

    private Component revokeButton(ApiTokenSummary token) {
        if (!token.active(clock.instant())) {
            return new Text("");
        }
        var revoke = new Button("Revoke", e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel("Revoke API token " + token.name());
        return revoke;
    }

    private void confirmRevoke(ApiTokenSummary token) {
        var confirm = new ConfirmDialog("Revoke API token '" + token.name() + "'?",
                "Anything still using " + token.prefix() + "… is refused from now on. This cannot be undone.",
                "Revoke", e -> revoke(token));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void revoke(ApiTokenSummary token) {
        try {
            tokens.revoke(token.id());
            Notifications.success("API token '" + token.name() + "' revoked.");
            refresh();
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        }
    }
}
