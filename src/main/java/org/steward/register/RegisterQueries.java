package org.steward.register;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link RegisterFilter} into a JPA specification over models. */
final class RegisterQueries {

    private RegisterQueries() {
    }

    static Specification<Model> matching(RegisterFilter f, Collection<ApprovalStatus> visibleStatuses) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (f.text() != null && !f.text().isBlank()) {
                var pattern = "%" + f.text().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("description")), pattern, '\\'),
                        cb.like(cb.lower(root.get("businessDomain")), pattern, '\\'),
                        tagLike(root, query, cb, pattern)));
            }
            if (f.euRiskCategory() != null) {
                predicates.add(cb.equal(root.get("euRiskCategory"), f.euRiskCategory()));
            }
            if (f.internalRiskTier() != null) {
                predicates.add(cb.equal(root.get("internalRiskTier"), f.internalRiskTier()));
            }
            if (f.owner() != null && !f.owner().isBlank()) {
                predicates.add(cb.equal(root.get("owner"), f.owner()));
            }
            if (f.stage() != null || f.status() != null || visibleStatuses.size() < ApprovalStatus.values().length) {
                predicates.add(hasVersion(root, query, cb, f, visibleStatuses));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static Predicate tagLike(Root<Model> root, CriteriaQuery<?> query, CriteriaBuilder cb, String pattern) {
        var sub = query.subquery(Long.class);
        var m = sub.from(Model.class);
        var tag = m.<Model, String>join("tags");
        sub.select(m.get("id")).where(cb.equal(m.get("id"), root.get("id")), cb.like(cb.lower(tag), pattern, '\\'));
        return cb.exists(sub);
    }

    /** A model matches when one of its versions satisfies stage, status and visibility together. */
    private static Predicate hasVersion(Root<Model> root, CriteriaQuery<?> query, CriteriaBuilder cb,
                                        RegisterFilter f, Collection<ApprovalStatus> visibleStatuses) {
        var sub = query.subquery(Long.class);
        var v = sub.from(ModelVersion.class);
        var conditions = new ArrayList<Predicate>();
        conditions.add(cb.equal(v.get("modelId"), root.get("id")));
        conditions.add(v.get("status").in(visibleStatuses));
        if (f.stage() != null) {
            conditions.add(cb.equal(v.get("stage"), f.stage()));
        }
        if (f.status() != null) {
            conditions.add(cb.equal(v.get("status"), f.status()));
        }
        sub.select(v.get("id")).where(conditions.toArray(Predicate[]::new));
        return cb.exists(sub);
    }
}
