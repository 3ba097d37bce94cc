package org.steward.identity;

/** What a user does in Steward. A user may hold several roles. */
public enum Role {
    ADMIN("Administrator"),
    BUSINESS_OWNER("Business owner"),
    MODEL_DEVELOPER("Model developer"),
    RISK_OFFICER("Risk officer"),
    AUDITOR("Auditor"),
    END_USER("End user");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
