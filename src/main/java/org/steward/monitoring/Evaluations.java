package org.steward.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Evaluations extends JpaRepository<Evaluation, Long> {

    Optional<Evaluation> findFirstByModelIdOrderByIdDesc(long modelId);

    List<Evaluation> findByModelIdOrderByIdDesc(long modelId, Pageable page);

    long countByModelId(long modelId);

    List<Evaluation> findByModelIdInOrderByIdDesc(List<Long> modelIds);
}
