package org.steward.cost;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The budget alerts raised. */
interface BudgetAlerts extends JpaRepository<BudgetAlert, Long> {

    boolean existsByBudgetIdAndLevel(long budgetId, int level);

    List<BudgetAlert> findByBudgetId(long budgetId);

    List<BudgetAlert> findByModelIdInOrderByRaisedAtDescIdDesc(Collection<Long> modelIds, Pageable page);

    long countByModelIdIn(Collection<Long> modelIds);
}
