package org.steward.ledger;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LedgerHeads extends Repository<LedgerHead, Integer> {

    /** The head, locked ({@code select ... for update}) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from LedgerHead h where h.id = 1")
    LedgerHead lock();

    @Query("select h from LedgerHead h where h.id = 1")
    LedgerHead read();
}
