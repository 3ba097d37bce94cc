package org.steward.fairness;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.steward.approval.RiskLevel;

/** The versions of the fairness policies. */
interface StoredPolicies extends JpaRepository<StoredPolicy, Long> {

    Optional<StoredPolicy> findFirstByRiskLevelOrderByPolicyVersionDesc(RiskLevel riskLevel);

    List<StoredPolicy> findByRiskLevelOrderByPolicyVersionDesc(RiskLevel riskLevel);

    /** The current version of a risk level's policy; the migration seeds one for every level. */
    default StoredPolicy current(RiskLevel riskLevel) {
        return findFirstByRiskLevelOrderByPolicyVersionDesc(riskLevel).orElseThrow(() -> new IllegalStateException(
                "No fairness policy for " + riskLevel.label() + "; the V10 migration seeds one"));
    }
}
