package org.steward.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeLog extends JpaRepository<ChangeLogEntry, Long> {

    Slice<ChangeLogEntry> findByModelIdOrderByOccurredAtDescIdDesc(long modelId, Pageable pageable);

    long countByModelId(long modelId);
}
