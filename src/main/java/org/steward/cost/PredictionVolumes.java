package org.steward.cost;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The recorded prediction volumes. */
interface PredictionVolumes extends JpaRepository<PredictionVolume, Long> {

    Optional<PredictionVolume> findByModelIdAndPeriod(long modelId, LocalDate period);

    List<PredictionVolume> findByModelId(long modelId);

    List<PredictionVolume> findByModelIdIn(Collection<Long> modelIds);
}
