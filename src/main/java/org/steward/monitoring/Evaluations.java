package org.steward.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Evaluations extends JpaRepository<Evaluation, Long> {

    Optional<Evaluation> findFirstByModelIdOrderByIdDesc(long modelId);

    List<Evaluation> findByModelIdOrderByIdDesc(long modelId, Pageable page);

    long countByModelId(long modelId);

    @Query("select e.status from Evaluation e where e.modelId = ?1 order by e.id desc")
    List<MonitoringStatus> statusesOf(long modelId, Pageable page);
}
