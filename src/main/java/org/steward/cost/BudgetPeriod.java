package org.steward.cost;

import java.time.YearMonth;

/** A budget's period: a whole year (quarter 0) or one quarter of it. */
public record BudgetPeriod(int year, int quarter) {

    public BudgetPeriod {
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter is 0 (whole year) or 1 to 4, was " + quarter);
        }
    }

    public static BudgetPeriod year(int year) {
        return new BudgetPeriod(year, 0);
    }

    public YearMonth first() {
        return YearMonth.of(year, quarter == 0 ? 1 : 3 * quarter - 2);
    }

    public YearMonth last() {
        return YearMonth.of(year, quarter == 0 ? 12 : 3 * quarter);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first()) && !month.isAfter(last());
    }

    public String label() {
        return quarter == 0 ? String.valueOf(year) : year + " Q" + quarter;
    }
}
