package org.steward.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.time.Clock;
import org.steward.base.ui.Badge;
import org.steward.identity.UserSummary;

/** The users table; rows are fetched page by page by {@link UsersView}. */
final class UsersGrid extends Grid<UserSummary> {

    UsersGrid(Clock clock, ValueProvider<UserSummary, Component> actions) {
        setId("users-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText("No users match the search.");
        addColumn(UserSummary::username).setKey("username").setHeader("User name")
                .setSortProperty("username").setAutoWidth(true);
        addColumn(UserSummary::displayName).setKey("displayName").setHeader("Name")
                .setSortProperty("displayName").setAutoWidth(true);
        addColumn(u -> u.email() == null ? "" : u.email()).setKey("email").setHeader("E-mail")
                .setSortProperty("email").setAutoWidth(true);
        addColumn(u -> RoleChoice.labels(u.roles())).setKey("roles").setHeader("Roles").setAutoWidth(true);
        addComponentColumn(u -> u.enabled() ? new Badge("Enabled", "low") : new Badge("Disabled", "high"))
                .setKey("enabled").setHeader("Status").setAutoWidth(true);
        addColumn(u -> u.lockedUntil() != null && u.lockedUntil().isAfter(clock.instant())
                ? Times.format(u.lockedUntil(), "") : "")
                .setKey("lockedUntil").setHeader("Locked until").setAutoWidth(true);
        addComponentColumn(actions).setKey("actions").setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
    }
}
