package org.steward.monitoring.api;

import org.steward.monitoring.MonitoringPolicySpec;

/** A policy change: the version it replaces, the new spec and why. */
record PolicyBody(int expectedVersion, MonitoringPolicySpec spec, String rationale) {
}
