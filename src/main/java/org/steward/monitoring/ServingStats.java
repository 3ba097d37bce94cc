package org.steward.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Serving statistics a system pushes for one period when it cannot send rows: request and error counts, latency
 * percentiles in milliseconds, CPU utilisation as a share of the capacity (0 to 1) and memory in MB.
 */
public record ServingStats(@Nullable Instant periodStart, @Nullable Instant periodEnd, @Nullable Long requests,
                           @Nullable Long errors, @Nullable Double latencyP50Ms, @Nullable Double latencyP95Ms,
                           @Nullable Double latencyP99Ms, @Nullable Double cpuUtilisation,
                           @Nullable Double memoryMb) {

    /** The longest period one push may cover. */
    static final Duration MAX_PERIOD = Duration.ofDays(1);
    private static final double MAX_LATENCY_MS = 86_400_000;
    private static final double MAX_MEMORY_MB = 16_777_216;

    /** What is wrong with these figures, by field; empty when they can be stored. */
    Map<String, String> problems(Instant now) {
        var problems = new LinkedHashMap<String, String>();
        if (periodStart == null) {
            problems.put("periodStart", "required: the start of the period, e.g. 2026-12-02T10:00:00Z");
        }
        if (periodEnd == null) {
            problems.put("periodEnd", "required: the end of the period, after its start");
        } else if (periodStart != null) {
            if (!periodEnd.isAfter(periodStart)) {
                problems.put("periodEnd", "must be after periodStart");
            } else if (Duration.between(periodStart, periodEnd).compareTo(MAX_PERIOD) > 0) {
                problems.put("periodEnd", "a period covers at most one day; push one figure set per period");
            } else if (periodEnd.isAfter(now.plus(Duration.ofMinutes(5)))) {
                problems.put("periodEnd", "lies in the future");
            }
        }
        if (requests == null || requests < 0) {
            problems.put("requests", "required: the number of requests served, 0 or more");
        }
        if (errors == null || errors < 0) {
            problems.put("errors", "required: the number of failed requests, 0 or more");
        } else if (requests != null && errors > requests) {
            problems.put("errors", "cannot exceed requests (" + requests + ")");
        }
        checkLatency(problems, "latencyP50Ms", latencyP50Ms);
        checkLatency(problems, "latencyP95Ms", latencyP95Ms);
        checkLatency(problems, "latencyP99Ms", latencyP99Ms);
        if (!problems.containsKey("latencyP95Ms") && !problems.containsKey("latencyP50Ms") && latencyP50Ms != null
                && latencyP95Ms != null && latencyP50Ms > latencyP95Ms) {
            problems.put("latencyP95Ms", "must be at least latencyP50Ms");
        }
        if (!problems.containsKey("latencyP99Ms") && !problems.containsKey("latencyP95Ms") && latencyP95Ms != null
                && latencyP99Ms != null && latencyP95Ms > latencyP99Ms) {
            problems.put("latencyP99Ms", "must be at least latencyP95Ms");
        }
        if (cpuUtilisation != null && !(cpuUtilisation >= 0 && cpuUtilisation <= 1)) {
            problems.put("cpuUtilisation", "a share of the capacity from 0 to 1 (0.42 for 42 %)");
        }
        if (memoryMb != null && !(memoryMb >= 0 && memoryMb <= MAX_MEMORY_MB)) {
            problems.put("memoryMb", "megabytes from 0 to " + (long) MAX_MEMORY_MB);
        }
        return problems;
    }

    private static void checkLatency(Map<String, String> errors, String field, @Nullable Double ms) {
        if (ms != null && !(ms >= 0 && ms <= MAX_LATENCY_MS)) {
            errors.put(field, "milliseconds from 0 to " + (long) MAX_LATENCY_MS);
        }
    }
}
