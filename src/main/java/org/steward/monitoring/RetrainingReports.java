package org.steward.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored reports on retraining requests. */
interface RetrainingReports extends JpaRepository<RetrainingReport, Long> {

    List<RetrainingReport> findByAlertIdOrderByIdAsc(long alertId);

    Optional<RetrainingReport> findFirstByAlertIdOrderByIdDesc(long alertId);

    List<RetrainingReport> findByAlertIdInOrderByIdAsc(Collection<Long> alertIds);
}
