package org.steward.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyVersions extends JpaRepository<PolicyVersion, Long> {

    Optional<PolicyVersion> findFirstByModelIdOrderByPolicyVersionDesc(long modelId);

    List<PolicyVersion> findByModelIdOrderByPolicyVersionDesc(long modelId);

    default MonitoringPolicy current(long modelId) {
        return findFirstByModelIdOrderByPolicyVersionDesc(modelId).map(PolicyVersion::view)
                .orElseGet(() -> MonitoringPolicy.defaults(modelId));
    }
}
