package org.steward.approval;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Delegations extends JpaRepository<Delegation, Long> {

    /** The model's active delegation; the service keeps at most one. */
    Optional<Delegation> findFirstByModelIdAndRevokedAtIsNullOrderByIdDesc(long modelId);
}
