package org.steward.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** A rate into the reporting currency valid from the first day of a month; setting it again replaces it. */
@Entity
@Table(name = "exchange_rate")
class StoredRate {

    static final int RATE_SCALE = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency = "";

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom = LocalDate.EPOCH;

    @Column(nullable = false, precision = 19, scale = RATE_SCALE)
    private BigDecimal rate = BigDecimal.ONE;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy = "";

    @Column(name = "set_at", nullable = false)
    private Instant setAt = Instant.EPOCH;

    @Version
    private long version;

    protected StoredRate() {
    }

    StoredRate(Currency currency, YearMonth month) {
        this.currency = currency.getCurrencyCode();
        this.validFrom = month.atDay(1);
    }

    void set(BigDecimal rate, String by, Instant at) {
        this.rate = rate.setScale(RATE_SCALE, Money.ROUNDING);
        this.setBy = by;
        this.setAt = at;
    }

    ExchangeRate view() {
        return new ExchangeRate(Currency.getInstance(currency), YearMonth.from(validFrom), rate, setBy, setAt);
    }
}
