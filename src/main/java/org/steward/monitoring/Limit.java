package org.steward.monitoring;

/** An AMBER and a RED limit on a rate or a figure where higher is worse: a value above a limit reaches its level. */
public record Limit(double amber, double red) {

    /** Problems with the limits, or an empty text. */
    String problem() {
        if (!Double.isFinite(amber) || !Double.isFinite(red) || amber < 0) {
            return "the limits must be finite and not negative";
        }
        return red < amber ? "the RED limit must not be below the AMBER limit" : "";
    }

    MonitoringStatus level(double value) {
        if (value > red) {
            return MonitoringStatus.RED;
        }
        return value > amber ? MonitoringStatus.AMBER : MonitoringStatus.GREEN;
    }
}
