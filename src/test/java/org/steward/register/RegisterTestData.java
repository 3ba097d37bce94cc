package org.steward.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Valid register input for tests, each with a unique name. */
final class RegisterTestData {

    static final String SHA_A = "a".repeat(64);
    static final String SHA_B = "b".repeat(64);

    private RegisterTestData() {
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static ModelDetails model(String name) {
        return new ModelDetails(name, "Test model", "credit", "owner", "Test team",
                new BusinessObjective("Problem", "Decision", "Applicants"),
                List.of(new Kpi("Default rate", "%", new BigDecimal("2.50"), KpiDirection.LOWER_IS_BETTER)),
                EuRiskCategory.HIGH, InternalRiskTier.HIGH, "Creditworthiness of natural persons (Annex III).",
                "Consumer loans", "Mortgages", List.of("credit", "test"), LocalDate.of(2027, 1, 31));
    }

    static VersionDetails version(String label) {
        return new VersionDetails(label, "Gradient boosting", "XGBoost 2.1", LocalDate.of(2026, 10, 1), SHA_A, SHA_B,
                "0123abc", null, "Loans 2020-2025", "Holdout 2026", Stage.DEVELOPMENT);
    }
}
