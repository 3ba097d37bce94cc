package org.steward.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import org.steward.monitoring.Monitoring;
import org.steward.monitoring.MonitoringIngest;
import org.steward.monitoring.ServingStatistics;
import org.steward.monitoring.ServingStats;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A simulated production stream for three deployed demo models, sent through the same ingest service as a
 * pipeline's and evaluated after each daily batch: the telecom churn model drifts gradually (AMBER, then RED with
 * a retraining request, and its delayed outcomes show the AUC falling), the card fraud model has a data-quality
 * incident on two days (missing amounts, an unseen country, failed requests), the store demand forecast stays
 * GREEN. Seeded, so every start shows the same figures; runs as the demo developer.
 */
@Component
class DemoMonitoring {

    static final int DAYS = 14;
    static final int BASELINE_ROWS = 2000;
    static final int BATCH_ROWS = 400;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MonitoringIngest ingest;
    private final Monitoring monitoring;
    private final ServingStatistics serving;
    private final Clock clock;

    DemoMonitoring(MonitoringIngest ingest, Monitoring monitoring, ServingStatistics serving, Clock clock) {
        this.ingest = ingest;
        this.monitoring = monitoring;
        this.serving = serving;
        this.clock = clock;
    }

    /** Streams the model's production data, if the demo has a stream for it. */
    void seed(String modelName, long modelId) {
        switch (modelName) {
            case "Telecom churn propensity" -> stream(modelId, "3.0.0", new Churn());
            case "Card fraud detection" -> stream(modelId, "4.2.0", new Fraud());
            case "Store demand forecast" -> stream(modelId, "5.0.0", new Demand());
            default -> { }
        }
    }

    private void stream(long modelId, String label, Stream stream) {
        var random = new SplittableRandom(20260101L + modelId);
        var baseline = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < BASELINE_ROWS; i++) {
            baseline.add(stream.row(random, 0, true, null));
        }
        ingest.recordBaseline(modelId, label, body(Map.of("rows", baseline)), "demo reference sample");
        var today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        for (int day = 1; day <= DAYS; day++) {
            var rows = new ArrayList<Map<String, Object>>();
            var outcomes = new ArrayList<Map<String, Object>>();
            for (int i = 0; i < BATCH_ROWS; i++) {
                var id = stream.prefix() + "-" + day + "-" + i;
                var row = stream.row(random, day, false, id);
                var outcome = row.remove("outcome");
                rows.add(row);
                if (outcome != null) {
                    outcomes.add(Map.of("requestId", id, "outcome", outcome));
                }
            }
            var batch = new LinkedHashMap<String, Object>();
            var observedAt = today.minus(Duration.ofDays(DAYS - day)).plus(Duration.ofHours(12));
            batch.put("observedAt", observedAt.toString());
            batch.put("rows", rows);
            ingest.acceptBatch(modelId, label, stream.prefix() + "-day-" + day, body(batch));
            if (stream instanceof Demand && !observedAt.isAfter(clock.instant())) {
                servingMorning(modelId, label, day, observedAt);
            }
            if (!outcomes.isEmpty()) {
                ingest.joinOutcomes(modelId, body(Map.of("outcomes", outcomes)));
            }
            monitoring.evaluateNow(modelId, label);
        }
    }

    /**
     * The forecast service's own counters for the morning up to the batch (the rows are a sample of its
     * requests): thousands of requests, a few failed, latency percentiles, CPU and memory. Its own seed, so the
     * row streams stay as they were.
     */
    private void servingMorning(long modelId, String label, int day, java.time.Instant end) {
        var random = new SplittableRandom(7L + day);
        long requests = 9000 + random.nextInt(2000);
        double p50 = round(38 + 4 * random.nextDouble(), 1);
        serving.push(modelId, label, "demand-serving-day-" + day, new ServingStats(end.minus(Duration.ofHours(12)),
                end, requests, (long) random.nextInt(40), p50, round(p50 + 25 + 10 * random.nextDouble(), 1),
                round(p50 + 60 + 30 * random.nextDouble(), 1), round(0.3 + 0.2 * random.nextDouble(), 2),
                (double) (1400 + random.nextInt(200))));
    }

    private static JsonNode body(Object value) {
        return JSON.valueToTree(value);
    }

    /** One simulated model: its rows by day (0 is the reference), with an outcome where it arrives. */
    private interface Stream {
        String prefix();

        Map<String, Object> row(SplittableRandom random, int day, boolean baseline, String requestId);
    }

    private static double normal(SplittableRandom random) {
        // Box–Muller: two uniforms make one standard normal value
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /**
     * Monthly charges creep up from day 5, new short-tenure customers arrive from day 9; the churn relation
     * changes with them, so the model's ranking worsens.
     */
    private static final class Churn implements Stream {
        public String prefix() {
            return "churn";
        }

        public Map<String, Object> row(SplittableRandom random, int day, boolean baseline, String requestId) {
            double charges = 60 + 20 * normal(random) + (day >= 5 ? 2.0 * (day - 4) : 0);
            double tenure = Math.max(0, 30 + 12 * normal(random) - (day >= 9 ? 3.0 * (day - 8) : 0));
            double u = random.nextDouble();
            String contract = u < 0.55 ? "monthly" : u < 0.85 ? "annual" : "two-year";
            int calls = (int) Math.min(9, Math.max(0, Math.round(1.5 + 1.2 * normal(random))));
            double score = sigmoid(-1.5 + 0.03 * (charges - 60) - 0.05 * (tenure - 30) + 0.4 * calls
                    + (contract.equals("monthly") ? 0.8 : 0));
            // later on churn depends on what the model does not see, so its ranking degrades
            double truth = day >= 9 ? 0.5 * score + 0.5 * random.nextDouble() : score;
            var row = new LinkedHashMap<String, Object>();
            var features = new LinkedHashMap<String, Object>();
            features.put("monthly_charges", round(charges, 2));
            features.put("tenure_months", round(tenure, 1));
            features.put("contract", contract);
            features.put("support_calls", calls);
            row.put("features", features);
            row.put("output", round(score, 4));
            int outcome = random.nextDouble() < truth ? 1 : 0;
            if (baseline) {
                row.put("outcome", outcome);
            } else {
                row.put("requestId", requestId);
                row.put("latencyMs", round(25 + 6 * Math.abs(normal(random)), 1));
                if (day <= DAYS - 2) {
                    row.put("outcome", outcome);
                }
            }
            return row;
        }
    }

    /** On days 8 and 9 an upstream change drops amounts, sends an unseen country code and fails requests. */
    private static final class Fraud implements Stream {
        public String prefix() {
            return "fraud";
        }

        public Map<String, Object> row(SplittableRandom random, int day, boolean baseline, String requestId) {
            boolean incident = day == 8 || day == 9;
            double amount = Math.exp(3.5 + 1.1 * normal(random));
            double u = random.nextDouble();
            String country = u < 0.6 ? "DE" : u < 0.8 ? "FR" : u < 0.95 ? "NL" : "IT";
            if (incident && random.nextDouble() < 0.2) {
                country = "XX";
            }
            double c = random.nextDouble();
            String merchant = c < 0.4 ? "grocery" : c < 0.7 ? "online" : c < 0.9 ? "travel" : "electronics";
            int hour = (int) Math.floor(24 * random.nextDouble());
            var features = new LinkedHashMap<String, Object>();
            features.put("amount", incident && random.nextDouble() < 0.3 ? null : round(amount, 2));
            features.put("merchant_category", merchant);
            features.put("hour", hour);
            features.put("country", country);
            double score = sigmoid(-4 + 0.6 * Math.log(amount) - (country.equals("DE") ? 0.5 : 0)
                    + (merchant.equals("electronics") ? 1 : 0));
            var row = new LinkedHashMap<String, Object>();
            row.put("features", features);
            boolean failed = !baseline && incident && random.nextDouble() < 0.08;
            row.put("output", failed ? null : round(score, 4));
            if (!baseline) {
                row.put("requestId", requestId);
                row.put("latencyMs", round((incident ? 180 : 12) + 5 * Math.abs(normal(random)), 1));
                row.put("error", failed);
            }
            return row;
        }
    }

    /** A stable forecast: the same distributions every day. */
    private static final class Demand implements Stream {
        public String prefix() {
            return "demand";
        }

        public Map<String, Object> row(SplittableRandom random, int day, boolean baseline, String requestId) {
            double price = 4 + normal(random);
            int promo = random.nextDouble() < 0.2 ? 1 : 0;
            double u = random.nextDouble();
            String region = u < 0.4 ? "north" : u < 0.7 ? "south" : "west";
            var features = new LinkedHashMap<String, Object>();
            features.put("price", round(price, 2));
            features.put("promotion", promo);
            features.put("region", region);
            features.put("day_of_week", (int) Math.floor(7 * random.nextDouble()));
            var row = new LinkedHashMap<String, Object>();
            row.put("features", features);
            row.put("output", round(120 - 10 * price + 25 * promo + 8 * normal(random), 1));
            if (!baseline) {
                row.put("requestId", requestId);
                row.put("latencyMs", round(40 + 10 * Math.abs(normal(random)), 1));
            }
            return row;
        }
    }
}
