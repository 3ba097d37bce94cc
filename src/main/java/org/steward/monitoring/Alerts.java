package org.steward.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.steward.base.NotFoundException;

interface Alerts extends JpaRepository<Alert, Long> {

    Optional<Alert> findFirstByModelIdAndAcknowledgedAtIsNullOrderByIdDesc(long modelId);

    List<Alert> findByModelIdOrderByIdDesc(long modelId);

    List<Alert> findByModelIdOrderByIdDesc(long modelId, Pageable page);

    long countByModelId(long modelId);

    List<Alert> findByModelIdInAndAcknowledgedAtIsNullOrderByIdDesc(Collection<Long> modelIds, Pageable page);

    long countByModelIdInAndAcknowledgedAtIsNull(Collection<Long> modelIds);

    default Alert require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("There is no monitoring alert " + id + "."));
    }
}
