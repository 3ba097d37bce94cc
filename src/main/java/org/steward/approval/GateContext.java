package org.steward.approval;

import org.steward.register.ModelView;
import org.steward.register.VersionView;

/** What an evidence gate looks at: the model, the version under review and the model's risk level. */
public record GateContext(ModelView model, VersionView version, RiskLevel risk) {
}
