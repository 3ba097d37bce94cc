package org.steward.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What an API token may do, and which roles may grant it to their tokens. */
public enum ApiScope {
    REGISTER_READ("register:read", "Read models and versions",
            EnumSet.allOf(Role.class)),
    REGISTER_WRITE("register:write", "Register and update models and versions",
            EnumSet.of(Role.MODEL_DEVELOPER, Role.BUSINESS_OWNER)),
    APPROVAL_WRITE("approval:write", "Submit, approve, reject, deploy, suspend and retire model versions",
            EnumSet.of(Role.BUSINESS_OWNER, Role.RISK_OFFICER, Role.MODEL_DEVELOPER)),
    MONITORING_WRITE("monitoring:write", "Send monitoring baselines and production batches",
            EnumSet.of(Role.MODEL_DEVELOPER)),
    COSTS_WRITE("costs:write", "Record costs, KPI values and prediction volumes; import cost CSVs; set budgets",
            EnumSet.of(Role.MODEL_DEVELOPER, Role.BUSINESS_OWNER, Role.ADMIN));

    private final String value;
    private final String description;
    private final Set<Role> grantableBy;

    ApiScope(String value, String description, Set<Role> grantableBy) {
        this.value = value;
        this.description = description;
        this.grantableBy = grantableBy;
    }

    public String value() {
        return value;
    }

    public String description() {
        return description;
    }

    /** The authority a token with this scope carries, e.g. {@code SCOPE_register:write}. */
    public String authority() {
        return "SCOPE_" + value;
    }

    public boolean grantableBy(Set<Role> roles) {
        return roles.stream().anyMatch(grantableBy::contains);
    }

    public static Optional<ApiScope> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
