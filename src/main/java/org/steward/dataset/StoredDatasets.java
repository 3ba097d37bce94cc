package org.steward.dataset;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredDatasets extends JpaRepository<Dataset, Long> {

    Page<Dataset> findByModelId(long modelId, Pageable page);

    long countByModelId(long modelId);

    Optional<Dataset> findByVersionIdAndSha256AndMappingSha256(long versionId, String sha256, String mappingSha256);
}
