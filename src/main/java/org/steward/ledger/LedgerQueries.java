package org.steward.ledger;

import jakarta.persistence.criteria.Predicate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link LedgerFilter} into a JPA specification over ledger entries. */
final class LedgerQueries {

    private LedgerQueries() {
    }

    static Specification<LedgerEntry> matching(LedgerFilter f) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (f.actor() != null && !f.actor().isBlank()) {
                predicates.add(cb.equal(root.get("actor"), f.actor().strip()));
            }
            if (f.action() != null && !f.action().isBlank()) {
                predicates.add(cb.equal(root.get("action"), f.action().strip()));
            }
            if (f.subjectPrefix() != null && !f.subjectPrefix().isBlank()) {
                var prefix = f.subjectPrefix().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                predicates.add(cb.like(root.get("subject"), prefix + "%", '\\'));
            }
            if (f.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        f.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            if (f.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"),
                        f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
