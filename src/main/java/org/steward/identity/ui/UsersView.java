package org.steward.identity.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.steward.base.ui.Notifications;
import org.steward.identity.UserManagement;
import org.steward.identity.UserManagement.CreatedUser;

/** Administration of users: search, create, enable or disable, change roles, reset passwords. */
@Route("admin/users")
@PageTitle("Users · Steward")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public final class UsersView extends VerticalLayout {

    private final TextField search = new TextField();
    private final UsersGrid grid;

    UsersView(UserManagement users, Clock clock) {
        addClassName("steward-view");
        setSizeFull();

        search.setId("users-search");
        search.setPlaceholder("Search by user name or name");
        search.setAriaLabel("Search users");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        var newUser = new Button("New user", VaadinIcon.PLUS.create(),
                e -> new NewUserDialog(users, this::created).open());
        newUser.setId("new-user");
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, newUser);
        toolbar.addClassName("steward-filters");

        grid = new UsersGrid(clock, new UserRowActions(users, this::refresh)::forUser);
        grid.setItems(query -> users.list(search.getValue(), pageOf(query)).stream(),
                query -> (int) users.count(search.getValue()));
        add(new H2("Users"), toolbar, grid);
        setFlexGrow(1, grid);
    }

    /** The grid's page and sort order, with the user name breaking ties so that pages never overlap. */
    private static Pageable pageOf(Query<?, ?> query) {
        var page = toSpringPageRequest(query);
        return page.withSort(page.getSort().and(Sort.by("username")));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void created(CreatedUser created) {
        Notifications.success("User " + created.user().username() + " created.");
        refresh();
        ShownOnceDialog.password(created.user().username(), created.temporaryPassword()).open();
    }
}
