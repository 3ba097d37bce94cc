package org.steward.compliance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.steward.compliance.DashboardFilter.Issue;
import org.steward.compliance.check.ComplianceStatus;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;

/**
 * One model on the dashboard: its status per framework (by code, in framework order), the worst of them, how many
 * gaps it has, and what is flagged about it.
 */
public record DashboardRow(long modelId, String name, String owner, String businessDomain,
                           EuRiskCategory euRiskCategory, InternalRiskTier internalRiskTier,
                           @Nullable String versionLabel, @Nullable ApprovalStatus versionStatus,
                           Map<String, ComplianceStatus> statuses, ComplianceStatus overall, int gaps,
                           List<Issue> issues) {

    public DashboardRow {
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        issues = List.copyOf(issues);
    }
}
