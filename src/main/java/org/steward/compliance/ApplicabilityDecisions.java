package org.steward.compliance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicabilityDecisions extends JpaRepository<ApplicabilityDecision, Long> {

    List<ApplicabilityDecision> findByModelIdOrderByIdAsc(long modelId);
}
