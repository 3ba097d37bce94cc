package org.steward.cost;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The exchange rates. */
interface StoredRates extends JpaRepository<StoredRate, Long> {

    Optional<StoredRate> findByCurrencyAndValidFrom(String currency, LocalDate validFrom);
}
