package org.steward.approval;

import org.steward.register.VersionView;

/** The decision just recorded and the version as it stands afterwards. */
public record DecisionOutcome(DecisionView decision, VersionView version) {
}
