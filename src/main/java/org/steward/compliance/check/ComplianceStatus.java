package org.steward.compliance.check;

/** How far a model meets a requirement or a whole framework. */
public enum ComplianceStatus {
    MET("Met", "low"),
    PARTLY("Partly met", "medium"),
    NOT_MET("Not met", "high"),
    NOT_APPLICABLE("Not applicable", "neutral");

    private final String label;
    private final String level;

    ComplianceStatus(String label, String level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    /** Badge level for display: low (good), medium, high (bad) or neutral. */
    public String level() {
        return level;
    }
}
