package org.steward.card;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Feedback on cards; the owner's inbox joins the register's models by entity name, reading only. */
interface CardFeedbacks extends JpaRepository<CardFeedback, Long> {

    List<CardFeedback> findByCardIdAndSubmittedByOrderByIdDesc(long cardId, String submittedBy);

    List<CardFeedback> findByModelIdOrderByIdDesc(long modelId, Pageable page);

    long countByModelId(long modelId);

    long countByModelIdAndStatus(long modelId, FeedbackStatus status);

    @Query("select f.kind, count(f.id) from CardFeedback f where f.modelId = :modelId group by f.kind")
    List<Object[]> countsByKind(@Param("modelId") long modelId);

    @Query("select count(f.rating), avg(f.rating) from CardFeedback f where f.modelId = :modelId "
            + "and f.rating is not null")
    List<Object[]> ratings(@Param("modelId") long modelId);

    /** Pairs of open feedback and its model's name, oldest first. */
    @Query("select f, m.name from CardFeedback f, Model m where m.id = f.modelId and m.owner = :owner "
            + "and f.status = :open order by f.id")
    List<Object[]> openFor(@Param("owner") String owner, @Param("open") FeedbackStatus open, Pageable page);

    @Query("select count(f.id) from CardFeedback f, Model m where m.id = f.modelId and m.owner = :owner "
            + "and f.status = :open")
    long countOpenFor(@Param("owner") String owner, @Param("open") FeedbackStatus open);
}
