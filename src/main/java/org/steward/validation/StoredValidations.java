package org.steward.validation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Stored validation results; there is no update and no delete. */
interface StoredValidations extends Repository<StoredValidation, Long> {

    StoredValidation save(StoredValidation result);

    Optional<StoredValidation> findById(long id);

    Optional<StoredValidation> findFirstByVersionIdOrderByIdDesc(long versionId);

    Optional<StoredValidation> findFirstByModelIdAndVersionIdOrderByIdDesc(long modelId, long versionId);

    Page<StoredValidation> findByModelIdOrderByIdDesc(long modelId, Pageable page);

    long countByModelId(long modelId);

    /** The versions of a model that have results, newest result first. */
    @Query("select new org.steward.validation.ValidatedVersion(v.versionId, v.versionLabel, max(v.id)) "
            + "from StoredValidation v where v.modelId = :modelId group by v.versionId, v.versionLabel "
            + "order by max(v.id) desc")
    List<ValidatedVersion> validatedVersions(long modelId);
}
