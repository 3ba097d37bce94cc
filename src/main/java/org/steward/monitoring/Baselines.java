package org.steward.monitoring;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Baselines extends JpaRepository<Baseline, Long> {

    Optional<Baseline> findFirstByVersionIdOrderByIdDesc(long versionId);

    long countByModelId(long modelId);
}
