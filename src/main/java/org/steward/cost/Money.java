package org.steward.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Money arithmetic of the ledger. Amounts are stored with {@value #SCALE} decimals and rounded half-even (banker's
 * rounding, so that rounding errors do not drift one way over many entries); figures are shown in the currency's
 * own minor units.
 */
public final class Money {

    /** Decimals stored and carried through conversions and sums. */
    public static final int SCALE = 4;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private Money() {
    }

    public static BigDecimal stored(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /** The amount in the currency's minor units, e.g. 2 decimals for EUR, 0 for JPY. */
    public static BigDecimal shown(BigDecimal amount, Currency currency) {
        return amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), ROUNDING);
    }

    /** The ISO 4217 currency of a code such as {@code EUR}, if it is one. */
    public static Optional<Currency> currency(String code) {
        var c = code.strip();
        if (!c.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(c));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Splits an amount in proportion to the weights (e.g. the days of each month a period covers), each share at
     * {@value #SCALE} decimals; the last share takes the rounding remainder, so the shares always add up to the
     * amount exactly.
     */
    public static List<BigDecimal> allocate(BigDecimal amount, List<Long> weights) {
        var total = weights.stream().mapToLong(Long::longValue).sum();
        if (weights.isEmpty() || total <= 0 || weights.stream().anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("weights must be non-negative with a positive sum: " + weights);
        }
        var whole = stored(amount);
        var shares = new ArrayList<BigDecimal>(weights.size());
        var given = BigDecimal.ZERO;
        for (int i = 0; i < weights.size() - 1; i++) {
            var share = whole.multiply(BigDecimal.valueOf(weights.get(i)))
                    .divide(BigDecimal.valueOf(total), SCALE, ROUNDING);
            shares.add(share);
            given = given.add(share);
        }
        shares.add(whole.subtract(given));
        return shares;
    }

    /** {@code part / whole} as a ratio with 6 decimals; empty when the whole is zero. */
    public static Optional<BigDecimal> ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Optional.empty() : Optional.of(part.divide(whole, 6, ROUNDING));
    }
}
