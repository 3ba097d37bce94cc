package org.steward.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.protection.DataProtection;
import org.steward.protection.LawfulBasis;
import org.steward.protection.ProtectionChange;

/** Records the data-protection facts of the demo's credit model as its owner, as a real owner would. */
@Component
class DemoProtection {

    private static final String CREDIT = "Retail credit scoring";

    private final DataProtection protection;
    private final RunAs runAs;
    private final Clock clock;

    DemoProtection(DataProtection protection, RunAs runAs, Clock clock) {
        this.protection = protection;
        this.runAs = runAs;
        this.clock = clock;
    }

    void seed(String modelName, long modelId, String owner) {
        if (!modelName.equals(CREDIT)) {
            return;
        }
        runAs.run(owner, Set.of(Role.BUSINESS_OWNER), () -> protection.update(modelId, 0, new ProtectionChange(
                LawfulBasis.CONTRACT, "DPIA-2025-014", LocalDate.now(clock).minusDays(120),
                List.of("financial situation (income, debt ratio, existing loans)", "employment history",
                        "age and age band", "sex"), null)));
    }
}
