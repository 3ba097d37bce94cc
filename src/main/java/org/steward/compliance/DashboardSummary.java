package org.steward.compliance;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.steward.compliance.DashboardFilter.Issue;

/**
 * The register at a glance: how many models meet each framework, and how many models carry each issue (judged on
 * the version in scope); {@code ledger} is the verification the assessment rests on.
 */
public record DashboardSummary(Instant at, int models, List<FrameworkCount> frameworks, Map<Issue, Long> issues,
                               int expiryWarningDays, String ledger) {

    public DashboardSummary {
        frameworks = List.copyOf(frameworks);
        issues = Collections.unmodifiableMap(new EnumMap<>(issues));
    }

    /** The models of one framework by status. */
    public record FrameworkCount(String code, String title, String shortTitle, long met, long partly, long notMet,
                                 long notApplicable) {
    }
}
