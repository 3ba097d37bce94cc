package org.steward.monitoring;

/** A model's monitoring status; higher is worse. */
public enum MonitoringStatus {
    GREEN, AMBER, RED;

    /** The worse of the two. */
    public MonitoringStatus max(MonitoringStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
