package org.steward.approval;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;

/**
 * Paged per-user queries over decisions joined with the register's models and versions (by entity name: the
 * approval module reads, never writes, the register's tables). Spring Data validates them at start-up. The
 * business owner's side of a review falls to the model's owner or to the business owner they delegated it to.
 */
interface Worklists extends Repository<Decision, Long> {

    String SUBMITTED_TO_ME = """
            from ModelVersion v join Model m on m.id = v.modelId
              left join Decision s on s.versionId = v.id and s.kind = :submit
                and s.id = (select max(s2.id) from Decision s2 where s2.versionId = v.id and s2.kind = :submit)
            where v.status = :submitted and v.registeredBy <> :me
              and not exists (select x.id from Decision x
                              where x.versionId = v.id and x.kind = :submit and x.actor = :me)
              and not exists (select a.id from Decision a
                              where a.versionId = v.id and a.kind = :approve and a.actor = :me
                                and a.id > coalesce(s.id, 0))
              and ((:isOwner = true
                    and (m.owner = :me
                      or exists (select g.id from Delegation g
                                 where g.modelId = m.id and g.delegate = :me and g.revokedAt is null))
                    and not exists (select b.id from Decision b
                                    where b.versionId = v.id and b.kind = :approve and b.actedAs = :businessOwner
                                      and b.id > coalesce(s.id, 0)))
                or (:isRiskOfficer = true
                    and (m.euRiskCategory in :highEu or m.internalRiskTier = :highTier)
                    and not exists (select r.id from Decision r
                                    where r.versionId = v.id and r.kind = :approve and r.actedAs = :riskOfficer
                                      and r.id > coalesce(s.id, 0))))
            """;

    @Query("select new org.steward.approval.ReviewItem(m.id, m.name, v.id, v.label, m.owner, v.registeredBy, "
            + "s.actor, s.at) " + SUBMITTED_TO_ME + " order by coalesce(s.at, v.updatedAt), v.id")
    List<ReviewItem> awaitingReview(@Param("me") String me, @Param("isOwner") boolean isOwner,
                                    @Param("isRiskOfficer") boolean isRiskOfficer,
                                    @Param("submitted") ApprovalStatus submitted,
                                    @Param("submit") DecisionKind submit, @Param("approve") DecisionKind approve,
                                    @Param("riskOfficer") Role riskOfficer,
                                    @Param("businessOwner") Role businessOwner,
                                    @Param("highEu") Collection<EuRiskCategory> highEu,
                                    @Param("highTier") InternalRiskTier highTier, Pageable page);

    @Query("select count(v.id) " + SUBMITTED_TO_ME)
    long countAwaitingReview(@Param("me") String me, @Param("isOwner") boolean isOwner,
                             @Param("isRiskOfficer") boolean isRiskOfficer,
                             @Param("submitted") ApprovalStatus submitted,
                             @Param("submit") DecisionKind submit, @Param("approve") DecisionKind approve,
                             @Param("riskOfficer") Role riskOfficer,
                             @Param("businessOwner") Role businessOwner,
                             @Param("highEu") Collection<EuRiskCategory> highEu,
                             @Param("highTier") InternalRiskTier highTier);

    String RETURNED_TO_ME = """
            from Decision d join ModelVersion v on v.id = d.versionId join Model m on m.id = v.modelId
            where v.status in :returned and d.kind in :returnKinds
              and d.id = (select max(d2.id) from Decision d2 where d2.versionId = v.id)
              and exists (select s.id from Decision s where s.versionId = v.id and s.kind = :submit and s.actor = :me)
            """;

    @Query("select new org.steward.approval.ReturnedItem(m.id, m.name, v.id, v.label, v.status, d.actor, "
            + "d.rationale, d.at) " + RETURNED_TO_ME + " order by d.at desc, d.id desc")
    List<ReturnedItem> returned(@Param("me") String me, @Param("returned") Collection<ApprovalStatus> returned,
                                @Param("returnKinds") Collection<DecisionKind> returnKinds,
                                @Param("submit") DecisionKind submit, Pageable page);

    @Query("select count(d.id) " + RETURNED_TO_ME)
    long countReturned(@Param("me") String me, @Param("returned") Collection<ApprovalStatus> returned,
                       @Param("returnKinds") Collection<DecisionKind> returnKinds,
                       @Param("submit") DecisionKind submit);

    String CONDITIONS_OF_MINE = """
            from Decision d join d.conditions c join ModelVersion v on v.id = d.versionId
              join Model m on m.id = v.modelId
            where c.due <= :limit and v.status not in :closed
              and (m.owner = :me
                or exists (select s.id from Decision s where s.versionId = v.id and s.kind = :submit and s.actor = :me))
            """;

    @Query("select new org.steward.approval.DueCondition(m.id, m.name, v.id, v.label, c.text, c.due, d.actor, d.at) "
            + CONDITIONS_OF_MINE + " order by c.due, d.id")
    List<DueCondition> conditionsDue(@Param("me") String me, @Param("limit") LocalDate limit,
                                     @Param("closed") Collection<ApprovalStatus> closed,
                                     @Param("submit") DecisionKind submit, Pageable page);

    @Query("select count(d.id) " + CONDITIONS_OF_MINE)
    long countConditionsDue(@Param("me") String me, @Param("limit") LocalDate limit,
                            @Param("closed") Collection<ApprovalStatus> closed,
                            @Param("submit") DecisionKind submit);
}
