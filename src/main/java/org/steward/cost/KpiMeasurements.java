package org.steward.cost;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The measured KPI values. */
interface KpiMeasurements extends JpaRepository<KpiMeasurement, Long> {

    Optional<KpiMeasurement> findByModelIdAndKpiAndPeriod(long modelId, String kpi, LocalDate period);

    List<KpiMeasurement> findByModelId(long modelId);

    List<KpiMeasurement> findByModelIdIn(Collection<Long> modelIds);

    List<KpiMeasurement> findByModelIdOrderByPeriodDescKpiAsc(long modelId, Pageable page);

    long countByModelId(long modelId);
}
