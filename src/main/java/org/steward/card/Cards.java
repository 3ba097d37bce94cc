package org.steward.card;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;
import org.steward.register.ApprovalStatus;

/**
 * Card versions. The catalogue joins the register's versions and models by entity name, reading only: a card is
 * listed while its model version stands in one of the given statuses, and only its latest published number.
 */
interface Cards extends JpaRepository<ModelCard, Long> {

    Optional<ModelCard> findFirstByVersionIdOrderByNumberDesc(long versionId);

    Optional<ModelCard> findFirstByVersionIdAndStatusOrderByNumberDesc(long versionId, CardStatus status);

    Optional<ModelCard> findFirstByModelIdOrderByIdDesc(long modelId);

    List<ModelCard> findByVersionIdOrderByNumberDesc(long versionId);

    String CATALOGUE = """
            from ModelCard c, ModelVersion v, Model m
            where v.id = c.versionId and m.id = c.modelId and c.status = :published and v.status in :statuses
              and c.number = (select max(c2.number) from ModelCard c2
                              where c2.versionId = c.versionId and c2.status = :published)
              and (:pattern = '' or lower(m.name) like :pattern escape '\\'
                   or lower(coalesce(m.description, '')) like :pattern escape '\\'
                   or lower(m.businessDomain) like :pattern escape '\\')
            """;

    @Query("select new org.steward.card.CatalogueEntry(c.id, m.id, m.name, m.description, m.businessDomain, "
            + "c.versionLabel, c.number, v.status, c.publishedAt) " + CATALOGUE + " order by m.name, c.versionLabel")
    List<CatalogueEntry> catalogue(@Param("published") CardStatus published,
                                   @Param("statuses") Collection<ApprovalStatus> statuses,
                                   @Param("pattern") String pattern, Pageable page);

    @Query("select count(c.id) " + CATALOGUE)
    long countCatalogue(@Param("published") CardStatus published,
                        @Param("statuses") Collection<ApprovalStatus> statuses, @Param("pattern") String pattern);

    @Query("select v.status from ModelVersion v where v.id = :versionId")
    Optional<ApprovalStatus> versionStatus(@Param("versionId") long versionId);
}
