package org.steward.register.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.identity.UserDirectory;
import org.steward.register.ModelRegister;
import org.steward.register.ModelSummary;
import org.steward.register.ModelView;
import org.steward.register.RegisterFilter;

/** The register: every model the signed-in user may see, filtered and sorted by the database. */
@Route("")
@PageTitle("Register · Steward")
@Menu(title = "Register", order = 0, icon = "vaadin:archive")
@PermitAll
public class RegisterView extends VerticalLayout {

    private final ModelRegister register;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Map<String, String> ownerNames = new LinkedHashMap<>();
    final RegisterFilterBar filters;
    final Grid<ModelSummary> grid = new Grid<>();
    private RegisterFilter filter = RegisterFilter.NONE;

    private final List<RegisterColumn> columns;

    RegisterView(ModelRegister register, UserDirectory users, CurrentUser currentUser, Clock clock,
                 List<RegisterColumn> columns) {
        this.register = register;
        this.columns = columns;
        this.users = users;
        this.currentUser = currentUser;
        users.activeUsersWithRole(Role.BUSINESS_OWNER).forEach(u -> ownerNames.put(u.username(), u.displayName()));
        addClassName("steward-view");
        setSizeFull();
        filters = new RegisterFilterBar(ownerNames, this::applyFilter);
        configureGrid(LocalDate.now(clock));
        add(header(), filters, grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout header() {
        var header = new HorizontalLayout(new H2("Model register"));
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (register.canRegisterModels()) {
            var add = new Button("Register model", VaadinIcon.PLUS.create(), e -> openForm());
            add.setId("new-model");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addToEnd(add);
        }
        return header;
    }

    private void configureGrid(LocalDate today) {
        grid.setId("register-grid");
        grid.addColumn(ModelSummary::name).setHeader("Name").setKey("name")
                .setSortProperty("name").setWidth("13em").setFlexGrow(3);
        grid.addColumn(ModelSummary::businessDomain).setHeader("Business domain").setKey("businessDomain")
                .setSortProperty("businessDomain").setWidth("8em").setFlexGrow(1);
        grid.addColumn(m -> ownerNames.getOrDefault(m.owner(), m.owner())).setHeader("Owner").setKey("owner")
                .setSortProperty("owner").setWidth("8em").setFlexGrow(1);
        grid.addComponentColumn(m -> RiskBadges.eu(m.euRiskCategory())).setHeader("EU AI Act")
                .setKey("euRiskCategory").setSortProperty("euRiskCategory").setAutoWidth(true);
        grid.addComponentColumn(m -> RiskBadges.tier(m.internalRiskTier())).setHeader("Internal tier")
                .setKey("internalRiskTier").setSortProperty("internalRiskTier").setAutoWidth(true);
        grid.addColumn(m -> Formats.text(m.latestVersion())).setHeader("Latest version")
                .setKey("latestVersion").setAutoWidth(true);
        grid.addColumn(m -> m.latestStage() == null ? Formats.NONE : m.latestStage().label()).setHeader("Stage")
                .setKey("stage").setAutoWidth(true);
        grid.addComponentColumn(m -> RiskBadges.status(m.latestStatus())).setHeader("Status")
                .setKey("status").setAutoWidth(true);
        columns.stream().filter(RegisterColumn::visible).forEach(c -> grid.addComponentColumn(c::cell)
                .setHeader(c.header()).setAutoWidth(true));
        grid.addComponentColumn(m -> ReviewDate.of(m.reviewDate(), today)).setHeader("Review")
                .setKey("reviewDate").setSortProperty("reviewDate").setAutoWidth(true);
        grid.setEmptyStateText("No models match.");
        grid.setItems(query -> register.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) register.count(filter)).setIdentifierProvider(ModelSummary::id);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ModelDetailView.class,
                ModelDetailView.parameters(e.getItem().id())));
    }

    private void applyFilter() {
        filter = filters.value();
        grid.getDataProvider().refreshAll();
    }

    private void openForm() {
        var defaultOwner = currentUser.has(Role.BUSINESS_OWNER) ? currentUser.username() : null;
        ModelForm.register(register, users.activeUsersWithRole(Role.BUSINESS_OWNER), defaultOwner, this::saved)
                .open();
    }

    private void saved(ModelView model) {
        grid.getDataProvider().refreshAll();
    }
}
