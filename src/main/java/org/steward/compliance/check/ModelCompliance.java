package org.steward.compliance.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.steward.compliance.check.ModelEvidence.LedgerStanding;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;

/** One model's compliance with every framework at {@code at}, judged on the version in scope. */
public record ModelCompliance(long modelId, String name, String owner, String businessDomain,
                              EuRiskCategory euRiskCategory, InternalRiskTier internalRiskTier, Instant at,
                              @Nullable String versionLabel, @Nullable ApprovalStatus versionStatus,
                              LedgerStanding ledger, Flags flags, List<FrameworkAssessment> frameworks) {

    public ModelCompliance {
        frameworks = List.copyOf(frameworks);
    }

    public Optional<FrameworkAssessment> framework(String code) {
        return frameworks.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The worst status among the frameworks that apply, or not applicable when none does. */
    @JsonProperty("overall")
    public ComplianceStatus overall() {
        return Assessor.worst(frameworks.stream().filter(FrameworkAssessment::applies)
                .map(FrameworkAssessment::status).toList());
    }
}
