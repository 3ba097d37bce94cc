package org.steward.explain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Stored explanations; there is no update and no delete. */
interface StoredExplanations extends Repository<StoredExplanation, Long> {

    StoredExplanation save(StoredExplanation result);

    Optional<StoredExplanation> findById(long id);

    Optional<StoredExplanation> findFirstByVersionIdOrderByIdDesc(long versionId);

    /** The latest surrogate explanation of a version (imported attributions cannot explain new rows). */
    Optional<StoredExplanation> findFirstByVersionIdAndKindOrderByIdDesc(long versionId,
                                                                         org.steward.explain.method.ExplanationReport.Kind kind);

    Page<StoredExplanation> findByModelIdOrderByIdDesc(long modelId, Pageable page);

    long countByModelId(long modelId);

    long count();

    /** The versions of a model that have explanations, newest first. */
    @Query("select new org.steward.explain.ExplainedVersion(e.versionId, e.versionLabel, max(e.id)) "
            + "from StoredExplanation e where e.modelId = :modelId group by e.versionId, e.versionLabel "
            + "order by max(e.id) desc")
    List<ExplainedVersion> explainedVersions(long modelId);
}
