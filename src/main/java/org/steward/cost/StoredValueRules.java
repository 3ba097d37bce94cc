package org.steward.cost;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The value rules. */
interface StoredValueRules extends JpaRepository<StoredValueRule, Long> {

    Optional<StoredValueRule> findByModelId(long modelId);

    List<StoredValueRule> findByModelIdIn(Collection<Long> modelIds);

    List<StoredValueRule> findByModelIdInAndFlaggedSinceIsNotNullOrderByFlaggedSinceDesc(Collection<Long> modelIds,
                                                                                       Pageable page);

    long countByModelIdInAndFlaggedSinceIsNotNull(Collection<Long> modelIds);
}
