package org.steward.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import org.steward.audit.ChangeHistory;
import org.steward.audit.ChangeRecord;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** Who changed what about a model and when, newest first; internal, so end users do not see it. */
@SpringComponent
class HistoryTab implements ModelTab {

    /** The roles {@link ChangeHistory} serves. */
    private static final Set<Role> READERS =
            EnumSet.of(Role.ADMIN, Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER, Role.RISK_OFFICER, Role.AUDITOR);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ChangeHistory history;
    private final CurrentUser currentUser;

    HistoryTab(ChangeHistory history, CurrentUser currentUser) {
        this.history = history;
        this.currentUser = currentUser;
    }

    @Override
    public String label() {
        return "History";
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public boolean visible() {
        return currentUser.roles().stream().anyMatch(READERS::contains);
    }

    @Override
    public Component content(ModelView model) {
        var grid = new Grid<ChangeRecord>();
        grid.setId("history-grid");
        grid.addColumn(c -> WHEN.format(c.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChangeRecord::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> kind(c.kind())).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChangeRecord::summary).setHeader("Summary").setFlexGrow(1);
        grid.setEmptyStateText("No changes recorded.");
        grid.setItems(query -> history.ofModel(model.id(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) history.countOfModel(model.id())).setIdentifierProvider(ChangeRecord::id);
        return grid;
    }

    /** {@code VERSION_REGISTERED} reads as "Version registered". */
    static String kind(String kind) {
        var words = kind.replace('_', ' ').toLowerCase();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
