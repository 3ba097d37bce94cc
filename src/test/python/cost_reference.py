"""Reference values for org.steward.cost (ValueCalculatorTest, ExchangeRatesTest, MoneyTest).

An independent computation of the worked examples with Python's decimal module (half-even rounding, like
java.math.RoundingMode.HALF_EVEN): allocation of a period by days, conversion at the month's rate, and the derived
figures (total cost of ownership, cost per 1,000 predictions, cost per KPI unit, value, ROI). The printed values are
the ones the Java tests assert.

Run: python3 src/test/python/cost_reference.py
"""
from datetime import date
from decimal import Decimal as D, ROUND_HALF_EVEN

Q4, Q6 = D("0.0001"), D("0.000001")


def r4(x):
    return x.quantize(Q4, rounding=ROUND_HALF_EVEN)


def allocate(amount, weights):
    whole, total, shares = r4(amount), sum(weights), []
    for w in weights[:-1]:
        shares.append((whole * w / total).quantize(Q4, rounding=ROUND_HALF_EVEN))
    shares.append(whole - sum(shares))
    return shares


print("allocate 100 over 1,1,1:", allocate(D("100"), [1, 1, 1]))
print("allocate -10 over 2,1:", allocate(D("-10"), [2, 1]))

# 15 March to 14 April 2026: days in each month, converted at 0.92 (March) and 0.9213 (April)
march = (date(2026, 3, 31) - date(2026, 3, 15)).days + 1
april = (date(2026, 4, 14) - date(2026, 4, 1)).days + 1
shares = allocate(D("310.00"), [march, april])
lines = [r4(shares[0] * D("0.92")), r4(shares[1] * D("0.9213"))]
print("days", march, april, "shares", shares, "converted", lines, "total", sum(lines))
print("10.005 USD at 0.9213:", r4(D("10.005") * D("0.9213")), "; 0.00125 at 0.92:", r4(D("0.00125") * D("0.92")))

# ValueCalculatorTest: January to March, EUR 1,000 a month, plus USD 500 of licences in March at 0.9
monthly = {1: D("1000"), 2: D("1000"), 3: D("1000") + r4(D("500") * D("0.9"))}
total = sum(monthly.values())
predictions = {1: 1_000_000, 3: 2_450_000}
per_thousand = (sum(monthly[m] for m in predictions) * 1000 / sum(predictions.values())).quantize(
    Q4, rounding=ROUND_HALF_EVEN)
retained = {1: D("90"), 2: D("110"), 3: D("120")}
units = sum(retained.values())
per_unit = r4((total / units).quantize(Q6, rounding=ROUND_HALF_EVEN))
value = r4(units * D("15"))
roi = ((value - total) / total).quantize(Q6, rounding=ROUND_HALF_EVEN)
mean = (units / 3).quantize(Q6, rounding=ROUND_HALF_EVEN)
print("total", total, "per 1,000", per_thousand, "per unit", per_unit, "value", value, "roi", roi, "mean", mean)
print("March only: per unit", r4((monthly[3] / retained[3]).quantize(Q6, rounding=ROUND_HALF_EVEN)))
print("monthly cost per customer:", [r4(monthly[m] / retained[m]) for m in (1, 2, 3)])
