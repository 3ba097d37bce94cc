package org.steward.ledger;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface LedgerCheckpoints extends Repository<LedgerCheckpoint, Long> {

    LedgerCheckpoint save(LedgerCheckpoint checkpoint);

    Optional<LedgerCheckpoint> findFirstByOrderBySeqDescIdDesc();
}
