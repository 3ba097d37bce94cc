package org.steward.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModelVersions extends JpaRepository<ModelVersion, Long> {

    Optional<ModelVersion> findByModelIdAndLabel(long modelId, String label);

    boolean existsByModelIdAndLabelIgnoreCase(long modelId, String label);

    List<ModelVersion> findByModelIdIn(Collection<Long> modelIds);

    Slice<ModelVersion> findByModelIdAndStatusIn(long modelId, Collection<ApprovalStatus> statuses, Pageable pageable);

    long countByModelIdAndStatusIn(long modelId, Collection<ApprovalStatus> statuses);

    boolean existsByModelIdAndStatusIn(long modelId, Collection<ApprovalStatus> statuses);
}
