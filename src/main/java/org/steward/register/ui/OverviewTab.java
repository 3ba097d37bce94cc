package org.steward.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import org.steward.identity.Role;
import org.steward.identity.UserDirectory;
import org.steward.identity.UserSummary;
import org.steward.register.ModelView;

/** What the model is for, how it is measured and why it carries its risk tier. */
@SpringComponent
class OverviewTab implements ModelTab {

    private final UserDirectory users;
    private final Clock clock;

    OverviewTab(UserDirectory users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "Overview";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public boolean visible() {
        return true;
    }

    @Override
    public Component content(ModelView model) {
        var owner = users.activeUsersWithRole(Role.BUSINESS_OWNER).stream()
                .filter(u -> u.username().equals(model.details().owner()))
                .map(UserSummary::displayName)
                .findFirst()
                .orElse(model.details().owner());
        return new ModelOverview(model, owner, LocalDate.now(clock));
    }
}
