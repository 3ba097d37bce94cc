package org.steward.cost;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The budgets. */
interface Budgets extends JpaRepository<Budget, Long> {

    Optional<Budget> findByModelIdAndYearAndQuarter(long modelId, int year, int quarter);

    List<Budget> findByModelIdOrderByYearDescQuarterAsc(long modelId);

    List<Budget> findByModelIdIn(Collection<Long> modelIds);

    boolean existsByModelIdAndYearGreaterThanEqual(long modelId, int year);
}
