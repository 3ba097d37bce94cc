package org.steward.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Alerts extends JpaRepository<Alert, Long> {

    Optional<Alert> findFirstByModelIdAndAcknowledgedAtIsNullOrderByIdDesc(long modelId);

    List<Alert> findByModelIdOrderByIdDesc(long modelId);

    List<Alert> findByModelIdOrderByIdDesc(long modelId, Pageable page);

    long countByModelId(long modelId);

    List<Alert> findByModelIdInAndAcknowledgedAtIsNullOrderByIdDesc(Collection<Long> modelIds, Pageable page);

    long countByModelIdInAndAcknowledgedAtIsNull(Collection<Long> modelIds);
}
