package org.steward.card;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.card.CardContent.Approval;
import org.steward.card.CardContent.Data;
import org.steward.card.CardContent.Dataset;
import org.steward.card.CardContent.Details;
import org.steward.card.CardContent.Fairness;
import org.steward.card.CardContent.KpiLine;
import org.steward.card.CardContent.Lineage;
import org.steward.card.CardContent.MetricLine;
import org.steward.card.CardContent.Metrics;
import org.steward.card.CardContent.Monitoring;
import org.steward.card.CardContent.Objective;
import org.steward.card.CardContent.Uses;

/** Cards built by hand for the pure tests: every register fact present, evidence as given. */
final class CardContents {

    static final Instant AT = Instant.parse("2026-03-04T10:15:30Z");
    static final Dataset SAMPLE = new Dataset("scores.csv", "ab".repeat(32), AT);

    private CardContents() {
    }

    static CardContent card(String riskLevel, CardText text, @Nullable Metrics metrics, @Nullable Fairness fairness) {
        var details = new Details(7, "Churn predictor", "Ranks subscribers.", "churn", "owner", "Team", "1.0.0",
                "Gradient boosting", "XGBoost", LocalDate.of(2026, 1, 2), AT, "Approved", "STAGING", "MINIMAL",
                "LOW", riskLevel, LocalDate.of(2026, 6, 30));
        return new CardContent(CardContent.FORMAT, details, new Uses("Retention calls.", "Pricing.",
                "Whom to call.", "Subscribers."), new Objective("Churn is high.", List.of(new KpiLine("Churn", "%",
                new BigDecimal("1.8"), "LOWER_IS_BETTER"))), new Data("Two years of contracts.", "Last month.",
                "cd".repeat(32), SAMPLE), metrics, fairness, null, text, new Monitoring(null, null, null, null),
                new Approval("Approved", List.of(), null, false), new Lineage("ef".repeat(32), "cd".repeat(32),
                "abc1234", null, null, null, null), AT);
    }

    static Metrics accuracy(double value, double low, double high) {
        return new Metrics(SAMPLE, "Binary classification", "Test", 500, "ROC AUC", List.of(
                new MetricLine("ROC AUC", 0.91, 0.89, 0.93, true, true, null),
                new MetricLine("Accuracy", value, low, high, true, false, null)), 0.01, value, "bootstrap");
    }
}
