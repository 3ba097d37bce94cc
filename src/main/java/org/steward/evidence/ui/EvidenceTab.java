package org.steward.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.steward.evidence.EvidencePacks;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** The auditor's evidence: downloads of the model's evidence pack and its state on a past day. */
@SpringComponent
class EvidenceTab implements ModelTab {

    /** The roles {@link EvidencePacks} serves. */
    private static final Set<Role> READERS =
            EnumSet.of(Role.AUDITOR, Role.RISK_OFFICER, Role.ADMIN, Role.BUSINESS_OWNER);

    private final EvidencePacks evidence;
    private final CurrentUser currentUser;
    private final Clock clock;

    EvidenceTab(EvidencePacks evidence, CurrentUser currentUser, Clock clock) {
        this.evidence = evidence;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "Evidence";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public boolean visible() {
        return currentUser.roles().stream().anyMatch(READERS::contains);
    }

    @Override
    public Component content(ModelView model) {
        return new EvidencePanel(evidence, model, clock);
    }
}
