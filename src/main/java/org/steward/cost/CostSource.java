package org.steward.cost;

/** Where a cost entry or KPI value came from. */
public enum CostSource {
    MANUAL("Manual"), CSV_IMPORT("CSV import"), API("API push");

    private final String label;

    CostSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
