package org.steward.demo;

import java.util.List;
import java.util.Set;
import org.steward.identity.Role;

/** The demo accounts listed in the README; all share one password. */
final class DemoUsers {

    static final String PASSWORD = "steward-demo";

    record DemoUser(String username, String displayName, Set<Role> roles) {
    }

    static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "Ada Admin", Set.of(Role.ADMIN)),
            new DemoUser("owner", "Olivia Owner", Set.of(Role.BUSINESS_OWNER)),
            new DemoUser("owner2", "Oscar Okafor", Set.of(Role.BUSINESS_OWNER)),
            new DemoUser("dev", "Dev Patel", Set.of(Role.MODEL_DEVELOPER)),
            new DemoUser("dev2", "Dana Novak", Set.of(Role.MODEL_DEVELOPER)),
            new DemoUser("risk", "Rita Risk", Set.of(Role.RISK_OFFICER)),
            new DemoUser("auditor", "Aude Auditor", Set.of(Role.AUDITOR)),
            new DemoUser("enduser", "Eli User", Set.of(Role.END_USER)));

    private DemoUsers() {
    }
}
