package org.steward.base.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * UI load: {@code load.sessions} concurrent portal sessions, each speaking Vaadin Flow's own protocol over
 * java.net.http as the browser's Flow client does: the login view (app shell, {@code ?v-r=init}, a
 * {@code ui-navigate} UIDL request), Spring Security's form login, then the app shell again and UIDL navigations
 * to the register, a model page and that model's Approval tab, with the Vaadin security key, {@code syncId} and
 * {@code clientId} the client would send. After the first journey each session repeats the three navigations
 * with think time until the measured window closes; every round trip is timed and validated (HTTP status,
 * the next syncId, no session expiry or application error, the view's marker element).
 *
 * <p>With {@code load.pid} (the portal's process id) it also measures the live heap of the portal
 * ({@code jcmd PID GC.class_histogram}, which runs a full GC first) after a warm-up whose sessions are signed out
 * again, and with all sessions held open, and prints the difference per session. Static resources (the JavaScript
 * bundle, styles) are not fetched: a browser caches them and they cost the server no session state.
 * Run it with {@code scripts/ui-load}.
 */
public final class UiLoad {

    /** What a round trip was for; the figures are reported per step and for all steps together. */
    enum Step { LOGIN_VIEW, SIGN_IN, LOGIN_UNLOAD, APP_SHELL, REGISTER, MODEL, APPROVAL, SIGN_OUT }

    private static final String[] USERS = {"admin", "owner", "owner2", "risk", "auditor", "dev", "dev2"};
    private static final String PASSWORD = "steward-demo";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1840&v-bh=960&v-bw=1840&v-tzo=0"
            + "&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs="
            + "&v-pv=visible&v-fs=false&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ws=false";

    private final URI base;
    private HttpClient http;
    private final List<Long> models;
    private final Map<Step, ConcurrentLinkedQueue<Long>> nanos = new EnumMap<>(Step.class);
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private volatile boolean measuring;

    private UiLoad(URI base, List<Long> models) {
        this.base = base;
        this.models = models;
        this.http = client();
        for (var step : Step.values()) {
            nanos.put(step, new ConcurrentLinkedQueue<>());
        }
    }

    public static void main(String[] args) throws Exception {
        var base = URI.create(System.getProperty("load.url", "http://localhost:8095/"));
        int sessions = Integer.getInteger("load.sessions", 200);
        int warmupSessions = Integer.getInteger("load.warmup-sessions", 20);
        int ramp = Integer.getInteger("load.ramp", 60);
        int seconds = Integer.getInteger("load.seconds", 120);
        double think = Double.parseDouble(System.getProperty("load.think", "5"));
        var pid = Optional.ofNullable(System.getProperty("load.pid")).filter(p -> !p.isBlank());
        var out = Path.of(System.getProperty("load.out", "target/ui-load"));
        Files.createDirectories(out);
        var models = Arrays.stream(System.getProperty("load.models", "1,2,3,4,5,6,7,8,9,10").split(","))
                .map(String::trim).map(Long::valueOf).toList();
        var load = new UiLoad(base, models);

        System.out.printf(Locale.ROOT, "warm-up: %d sessions, one journey each, then signed out%n", warmupSessions);
        var warm = load.run(warmupSessions, Math.max(1, warmupSessions / 4), 0, think);
        load.signOut(warm);
        load.report("warm-up");
        load.reset();
        load.disconnect();
        long without = pid.map(p -> live(p, out.resolve("histogram-0-sessions.txt"))).orElse(-1L);

        System.out.printf(Locale.ROOT, "load: %d sessions over %d s, then all active for %d s, think time %.1f s; "
                + "load average %s%n", sessions, ramp, seconds, think, loadAverage());
        load.measuring = true;
        double cpu = pid.map(UiLoad::cpuSeconds).orElse(0.0);
        var open = load.run(sessions, ramp, seconds, think);
        cpu = pid.map(UiLoad::cpuSeconds).orElse(0.0) - cpu;
        load.measuring = false;
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
        load.report("measured");
        if (pid.isPresent()) {
            long navigations = Stream.of(Step.REGISTER, Step.MODEL, Step.APPROVAL)
                    .mapToLong(s -> load.nanos.get(s).size()).sum();
            System.out.printf(Locale.ROOT, "portal CPU during the measured phase: %.1f s, %.1f ms per round trip"
                    + " (%d round trips, %d of them navigations)%n", cpu, 1000 * cpu / Math.max(1, load.count()),
                    load.count(), navigations);
        }
        load.disconnect();

        if (pid.isPresent()) {
            // the sessions stay open, idle (heartbeats are every 300 s), while the heap is measured
            long with = live(pid.get(), out.resolve("histogram-" + open.size() + "-sessions.txt"));
            System.out.printf(Locale.ROOT, "live heap after full GC: %,d KB without sessions, %,d KB with %d open"
                            + " sessions -> %.1f KB per session%n", without / 1024, with / 1024, open.size(),
                    (with - without) / 1024.0 / Math.max(1, open.size()));
            load.signOut(open);
            long after = live(pid.get(), out.resolve("histogram-after-sign-out.txt"));
            System.out.printf(Locale.ROOT, "live heap after signing the %d sessions out: %,d KB%n", open.size(),
                    after / 1024);
        } else {
            load.signOut(open);
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Closes the client's connections, as a browser's idle keep-alive connections are closed after a while: the
     * server's buffers for 200 open connections would otherwise count as session memory. The sessions stay.
     */
    private void disconnect() throws InterruptedException {
        http.close();
        http = client();
        Thread.sleep(2000);
    }

    /**
     * Starts {@code count} sessions spread over {@code ramp} seconds; returns the ones that signed in, including
     * those that later met an error (they stop, but their session still lives on the server).
     */
    private List<Session> run(int count, int ramp, int seconds, double think) throws InterruptedException {
        var open = new ConcurrentLinkedQueue<Session>();
        var done = new CountDownLatch(count);
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(ramp + seconds).toNanos();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int n = i;
                long at = start + (long) (ramp * 1e9 * i / count);
                pool.submit(() -> {
                    try {
                        sleepUntil(at);
                        var random = new SplittableRandom(n);
                        var session = new Session(USERS[n % USERS.length], models.get(n % models.size()));
                        if (journey(session, open)) {
                            while (System.nanoTime() + think * 1e9 < end) {
                                // think time of a reader: exponential around the mean, at most three times it
                                double pause = Math.min(3 * think, -think * Math.log(1 - random.nextDouble()));
                                Thread.sleep((long) (pause * 1000));
                                session.model = models.get(random.nextInt(models.size()));
                                if (!visit(session)) {
                                    break;
                                }
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                    return null;
                });
            }
            done.await();
        }
        return new ArrayList<>(open);
    }

    /** The first visit; a session that signed in joins {@code open}, as it now lives on the server. */
    private boolean journey(Session s, Collection<Session> open) {
        // the login view is a Vaadin view; leaving it by the form post sends its unload beacon, as in a browser
        var page = get(s, Step.LOGIN_VIEW, "login", 200);
        if (page == null || !bootstrap(s, Step.LOGIN_VIEW, "login", page)
                || !navigate(s, Step.LOGIN_VIEW, "login", "", "vaadin-login")) {
            return false;
        }
        var form = "username=" + enc(s.user) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(s.springCsrf);
        var signIn = send(s, Step.SIGN_IN, HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 302);
        if (signIn == null) {
            return false;
        }
        var location = signIn.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            return error(Step.SIGN_IN, "rejected sign-in");
        }
        open.add(s);
        if (!unload(s)) {
            return false;
        }
        var shell = get(s, Step.APP_SHELL, "", 200);
        return shell != null && bootstrap(s, Step.APP_SHELL, "", shell) && visit(s);
    }

    /**
     * What the Flow client sends when its page goes away (here: the login page, left by the form post): an unload
     * beacon, on which the server closes that UI instead of keeping it until its heartbeats lapse.
     */
    private boolean unload(Session s) {
        var body = "{\"csrfToken\":\"" + s.securityKey + "\",\"rpc\":[],\"syncId\":" + s.syncId + ",\"clientId\":"
                + s.clientId + ",\"UNLOAD\":true}";
        return send(s, Step.LOGIN_UNLOAD, HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + s.uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 200) != null;
    }

    /** Register, then the session's model, then that model's Approval tab, each a router navigation. */
    private boolean visit(Session s) {
        return navigate(s, Step.REGISTER, "", "", "\"register-grid\"")
                && navigate(s, Step.MODEL, "models/" + s.model, "", "\"model-tabs\"")
                && navigate(s, Step.APPROVAL, "models/" + s.model, "tab=Approval", "\"approval-gates\"");
    }

    /** What the Flow client does after loading the app shell: {@code ?v-r=init} creates the UI. */
    private boolean bootstrap(Session s, Step step, String route, String page) {
        var csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            return error(step, "no CSRF token in the app shell");
        }
        s.springCsrf = csrf.group(1);
        var init = get(s, step, "?v-r=init&location=" + enc(route) + "&query=&v-curdate="
                + System.currentTimeMillis() + BROWSER, 200);
        if (init == null) {
            return false;
        }
        var key = SECURITY_KEY.matcher(init);
        var ui = UI_ID.matcher(init);
        if (!key.find() || !ui.find()) {
            return error(step, "init without security key or UI id");
        }
        s.securityKey = key.group(1);
        s.uiId = Integer.parseInt(ui.group(1));
        s.syncId = 0;
        s.clientId = 0;
        s.history = 0;
        return true;
    }

    /** A router navigation as Flow's client sends it: the {@code ui-navigate} event on the UI's root node. */
    private boolean navigate(Session s, Step step, String route, String query, String marker) {
        var body = "{\"csrfToken\":\"" + s.securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"" + query
                + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + s.history + "},\"trigger\":\""
                + (s.history == 0 ? "" : "link") + "\"}}],\"syncId\":" + s.syncId + ",\"clientId\":" + s.clientId + "}";
        var response = send(s, step, HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + s.uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 200);
        if (response == null) {
            return false;
        }
        var text = response.body();
        if (text.contains("\"sessionExpired\":true")) {
            return error(step, "session expired");
        }
        if (text.contains("\"appError\"")) {
            return error(step, "application error");
        }
        if (text.contains("\"model-not-found\"")) {
            return error(step, "model " + s.model + " not found");
        }
        var sync = SYNC_ID.matcher(text);
        if (!sync.find() || Integer.parseInt(sync.group(1)) != s.syncId + 1) {
            return error(step, "unexpected syncId (resynchronisation)");
        }
        if (!text.contains(marker)) {
            return error(step, "view marker " + marker + " missing");
        }
        s.syncId++;
        s.clientId++;
        s.history++;
        return true;
    }

    private void signOut(List<Session> sessions) throws InterruptedException {
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var s : sessions) {
                pool.submit(() -> send(s, Step.SIGN_OUT, HttpRequest.newBuilder(base.resolve("logout"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(s.springCsrf))), 302));
            }
        }
    }

    private String get(Session s, Step step, String path, int status) {
        var response = send(s, step, HttpRequest.newBuilder(base.resolve(path)).GET(), status);
        return response == null ? null : response.body();
    }

    /** One timed round trip; any other status than the expected one, or no answer, counts as an error. */
    private HttpResponse<String> send(Session s, Step step, HttpRequest.Builder request, int status) {
        if (s.cookie != null) {
            request.header("Cookie", "JSESSIONID=" + s.cookie);
        }
        request.timeout(Duration.ofSeconds(60));
        long t0 = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            error(step, e.getClass().getSimpleName());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        long took = System.nanoTime() - t0;
        if (measuring) {
            nanos.get(step).add(took);
        }
        response.headers().allValues("Set-Cookie").forEach(c -> {
            var m = SESSION_COOKIE.matcher(c);
            if (m.find()) {
                s.cookie = m.group(1);
            }
        });
        if (response.statusCode() != status) {
            error(step, "HTTP " + response.statusCode());
            return null;
        }
        return response;
    }

    private boolean error(Step step, String what) {
        errors.computeIfAbsent(step + ": " + what, k -> new AtomicLong()).incrementAndGet();
        return false;
    }

    private void report(String phase) {
        System.out.println(phase + " round trips (ms):");
        var all = new ArrayList<Long>();
        for (var step : Step.values()) {
            var sorted = nanos.get(step).stream().mapToLong(Long::longValue).sorted().toArray();
            nanos.get(step).forEach(all::add);
            if (sorted.length > 0) {
                System.out.println("  " + percentiles(step.name().toLowerCase(Locale.ROOT), sorted));
            }
        }
        var sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length > 0) {
            System.out.println("  " + percentiles("all", sorted));
        }
        System.out.println("  errors: " + (errors.isEmpty() ? "0" : errors));
    }

    private long count() {
        return nanos.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    private void reset() {
        nanos.values().forEach(ConcurrentLinkedQueue::clear);
        errors.clear();
    }

    private static String percentiles(String name, long[] sorted) {
        return String.format(Locale.ROOT, "%-10s n=%6d  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f", name,
                sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), at(sorted, 1.0));
    }

    private static double at(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Live bytes on the portal's heap: the class histogram's total, taken after the full GC it runs. */
    private static long live(String pid, Path file) {
        try {
            var process = new ProcessBuilder("jcmd", pid, "GC.class_histogram").redirectErrorStream(true).start();
            var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Files.writeString(file, text);
            var total = text.lines().filter(l -> l.startsWith("Total")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("jcmd gave no histogram: " + text));
            return Long.parseLong(total.trim().split("\\s+")[2]);
        } catch (IOException e) {
            throw new IllegalStateException("jcmd failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** User + system CPU time the process has used so far, from /proc (clock ticks of 1/100 s on Linux). */
    private static double cpuSeconds(String pid) {
        try {
            var stat = Files.readString(Path.of("/proc", pid, "stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the portal's CPU time", e);
        }
    }

    private static String loadAverage() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One browser tab's state: the HTTP session, the UI and where the Flow client is in its UIDL exchange. */
    private static final class Session {
        final String user;
        long model;
        volatile String cookie;
        String springCsrf;
        String securityKey;
        int uiId;
        int syncId;
        int clientId;
        int history;

        Session(String user, long model) {
            this.user = user;
            this.model = model;
        }
    }
}
