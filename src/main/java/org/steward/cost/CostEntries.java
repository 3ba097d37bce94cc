package org.steward.cost;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The recorded costs. */
interface CostEntries extends JpaRepository<CostEntry, Long> {

    List<CostEntry> findByModelIdOrderByStartDescIdDesc(long modelId, Pageable page);

    List<CostEntry> findByModelId(long modelId);

    List<CostEntry> findByModelIdIn(Collection<Long> modelIds);

    long countByModelId(long modelId);

    boolean existsByModelIdAndImportKey(long modelId, String importKey);

    @Query("select distinct e.modelId from CostEntry e")
    List<Long> modelIds();
}
