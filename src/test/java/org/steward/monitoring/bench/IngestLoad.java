package org.steward.monitoring.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.steward.StewardApplication;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterFilter;

/**
 * Ingest load: starts Steward in this JVM (on whatever database the properties name, e.g. the {@code postgres}
 * profile), gives each of {@code clients} concurrent clients its own API token, and lets them post batches of
 * {@code rows} observations over HTTP for {@code seconds}, after a warm-up. Prints observations per second and the
 * latency percentiles per batch. Run it with {@code scripts/ingest-load}.
 */
public final class IngestLoad {

    private static final String MODEL = "Telecom churn propensity";
    private static final int BODIES = 32;

    private IngestLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("load.clients", 8);
        int rows = Integer.getInteger("load.rows", 500);
        int seconds = Integer.getInteger("load.seconds", 60);
        int warmup = Integer.getInteger("load.warmup", 15);
        var context = new SpringApplicationBuilder(StewardApplication.class).run(args);
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var register = context.getBean(ModelRegister.class);
            var tokens = context.getBean(ApiTokenManagement.class);
            var runAs = context.getBean(RunAs.class);
            var target = runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> {
                var model = register.list(RegisterFilter.NONE, PageRequest.of(0, 100)).stream()
                        .filter(m -> m.name().equals(MODEL)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("start with the demo register (" + MODEL + ")"));
                return "http://localhost:" + port + "/api/v1/models/" + model.id() + "/versions/"
                        + model.latestVersion() + "/monitoring/batches";
            });
            var secrets = new ArrayList<String>();
            for (int i = 0; i < clients; i++) {
                var name = "ingest-load-" + UUID.randomUUID().toString().substring(0, 8);
                secrets.add(runAs.call("dev", Set.of(Role.MODEL_DEVELOPER),
                        () -> tokens.create(name, Set.of(ApiScope.MONITORING_WRITE), 1).secret()));
            }
            System.out.printf(Locale.ROOT, "warm-up %d s, then %d s: %d clients, %d rows per batch -> %s%n",
                    warmup, seconds, clients, rows, target);
            run(target, secrets, rows, warmup, false);
            var result = run(target, secrets, rows, seconds, true);
            System.out.println(result);
        } finally {
            context.close();
        }
    }

    private static Result run(String target, List<String> secrets, int rows, int seconds, boolean measured)
            throws InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var latencies = ConcurrentHashMap.<long[]>newKeySet();
        var failures = new ConcurrentHashMap<Integer, AtomicLong>();
        var observations = new AtomicLong();
        // bodies are made before the clock starts, so the driver's CPU goes to sending, not to formatting JSON;
        // each batch still gets its own idempotency key, so every request is a new batch
        var bodies = new ArrayList<List<String>>();
        for (int c = 0; c < secrets.size(); c++) {
            var random = new SplittableRandom(c);
            var mine = new ArrayList<String>();
            for (int b = 0; b < BODIES; b++) {
                mine.add(batch(random, rows));
            }
            bodies.add(mine);
        }
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < secrets.size(); c++) {
                var secret = secrets.get(c);
                var mine = bodies.get(c);
                pool.submit(() -> {
                    var took = new long[1_000_000];
                    int n = 0;
                    int sent = 0;
                    while (System.nanoTime() < end) {
                        var request = HttpRequest.newBuilder(URI.create(target))
                                .header("Authorization", "Bearer " + secret)
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.ofString(mine.get(sent++ % BODIES))).build();
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        if (status == 200) {
                            took[n++] = System.nanoTime() - t0;
                            observations.addAndGet(rows);
                        } else {
                            failures.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        }
                    }
                    latencies.add(Arrays.copyOf(took, n));
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        var all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(measured, secrets.size(), rows, elapsed, observations.get(), all, failures);
    }

    private static String batch(SplittableRandom random, int rows) {
        var json = new StringBuilder(rows * 160).append("{\"rows\":[");
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                json.append(',');
            }
            double u = random.nextDouble();
            String contract = u < 0.55 ? "monthly" : u < 0.85 ? "annual" : "two-year";
            json.append(String.format(Locale.ROOT, "{\"requestId\":\"%s\",\"features\":{\"monthly_charges\":%.2f,"
                            + "\"tenure_months\":%.1f,\"contract\":\"%s\",\"support_calls\":%d},\"output\":%.4f,"
                            + "\"latencyMs\":%.1f}", UUID.randomUUID(), 20 + 100 * random.nextDouble(),
                    72 * random.nextDouble(), contract, random.nextInt(8), random.nextDouble(),
                    20 + 10 * random.nextDouble()));
        }
        return json.append("]}").toString();
    }

    private record Result(boolean measured, int clients, int rows, double seconds, long observations,
                          long[] nanos, ConcurrentHashMap<Integer, AtomicLong> failures) {

        private double ms(double q) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(q * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d clients x %d-row batches for %.1f s: %d batches, %.0f observations/s;"
                            + " per batch p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; failures %s",
                    clients, rows, seconds, nanos.length, observations / seconds, ms(0.50), ms(0.95), ms(0.99),
                    ms(1.0), failures);
        }
    }
}
