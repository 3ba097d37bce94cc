package org.steward.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionRequest;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end: configured through the service, filled by real status changes, delivered by the worker to
 * a receiver on the loopback interface that checks the signature. Never any other address.
 */
@SpringBootTest
class WebhookDeliveryTest {

    @Autowired
    WebhookSettings settings;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    WebhookDeliveries deliveries;

    @Autowired
    Webhooks webhooks;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    ModelRegister register;

    @Autowired
    RunAs runAs;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    ApprovalFixtures f;
    HttpServer server;
    final Queue<Received> received = new ConcurrentLinkedQueue<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile IntUnaryOperator statusForCall = n -> 200;
    volatile String secret = "";

    record Received(String body, boolean signatureValid, String deliveryId) {
    }

    @BeforeEach
    void setUp() throws Exception {
        f = new ApprovalFixtures(runAs, register, workflow, null);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            var body = exchange.getRequestBody().readAllBytes();
            var signature = exchange.getRequestHeaders().getFirst("X-Steward-Signature");
            received.add(new Received(new String(body, StandardCharsets.UTF_8),
                    expectedSignature(secret, body).equals(signature),
                    String.valueOf(exchange.getRequestHeaders().getFirst("X-Steward-Delivery"))));
            exchange.sendResponseHeaders(statusForCall.applyAsInt(calls.incrementAndGet()), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private static String expectedSignature(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ModelView modelWithWebhook() {
        var model = f.lowRisk();
        secret = f.as("owner", () -> settings.configure(model.id(), hookUrl()), Role.BUSINESS_OWNER).secret();
        return model;
    }

    private List<DeliveryView> deliveriesOf(ModelView model) {
        return f.as("owner", () -> settings.deliveries(model.id(), PageRequest.of(0, 50)), Role.BUSINESS_OWNER);
    }

    /** Runs the worker (the scheduled one may get there first) until the model's latest delivery is attempted. */
    private DeliveryView awaitAttempts(ModelView model, int attempts) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            dispatcher.deliverDue();
            var latest = deliveriesOf(model);
            if (!latest.isEmpty() && latest.getFirst().attempts() >= attempts
                    && latest.getFirst().state() != DeliveryState.SENDING) {
                return latest.getFirst();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no attempt was made: " + deliveriesOf(model));
    }

    private WebhookDispatcher dispatcherAt(Clock at, int maxAttempts) {
        return new WebhookDispatcher(deliveries, webhooks, transactions, at, Duration.ofSeconds(2), maxAttempts,
                Duration.ofSeconds(30), Duration.ofHours(6));
    }

    @Test
    void a_status_change_is_posted_signed_to_the_webhook() throws Exception {
        var model = modelWithWebhook();
        f.submitted(model, "1.0.0");

        var delivery = awaitAttempts(model, 1);

        assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivery.lastStatus()).isEqualTo(200);
        assertThat(delivery.deliveredAt()).isNotNull();
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.signatureValid()).as("signature verified by the receiver").isTrue();
            assertThat(r.deliveryId()).isEqualTo(String.valueOf(delivery.id()));
            var json = JsonMapper.builder().build().readTree(r.body());
            assertThat(json.get("event").asString()).isEqualTo("VERSION_STATUS_CHANGED");
            assertThat(json.get("modelId").asLong()).isEqualTo(model.id());
            assertThat(json.get("label").asString()).isEqualTo("1.0.0");
            assertThat(json.get("from").asString()).isEqualTo("DRAFT");
            assertThat(json.get("to").asString()).isEqualTo("SUBMITTED");
            assertThat(json.get("actor").asString()).isEqualTo("dev");
            assertThat(json.get("at").asString()).isNotBlank();
        });
    }

    @Test
    void a_failed_delivery_is_retried_after_the_backoff_and_then_succeeds() throws Exception {
        statusForCall = n -> n == 1 ? 500 : 204;
        var model = modelWithWebhook();
        f.submitted(model, "1.0.0");

        var failed = awaitAttempts(model, 1);
        assertThat(failed.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(failed.lastStatus()).isEqualTo(500);
        assertThat(failed.lastError()).isEqualTo("HTTP 500");
        assertThat(failed.nextAttemptAt()).isAfter(clock.instant().plusSeconds(20));
        assertThat(dispatcher.deliverDue()).as("not due before the backoff").isZero();

        assertThat(dispatcherAt(Clock.offset(clock, Duration.ofMinutes(1)), 6).deliverDue()).isEqualTo(1);

        var delivered = deliveriesOf(model).getFirst();
        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.lastStatus()).isEqualTo(204);
        assertThat(delivered.lastError()).isNull();
        assertThat(received).hasSize(2).allMatch(Received::signatureValid);
    }

    @Test
    void a_delivery_fails_for_good_after_the_last_attempt() throws Exception {
        statusForCall = n -> 503;
        var model = modelWithWebhook();
        f.submitted(model, "1.0.0");
        awaitAttempts(model, 1);

        dispatcherAt(Clock.offset(clock, Duration.ofMinutes(5)), 2).deliverDue();

        var failed = deliveriesOf(model).getFirst();
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastStatus()).isEqualTo(503);
    }

    @Test
    void nothing_is_sent_when_the_status_change_rolls_back() throws Exception {
        var model = modelWithWebhook();
        var draft = f.draft(model, "1.0.0");

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            f.as("dev", () -> workflow.submit(model.id(), "1.0.0",
                    DecisionRequest.of("Ready for review, please.", draft.version())), Role.MODEL_DEVELOPER);
            assertThat(deliveriesOf(model)).as("queued in the same transaction").hasSize(1);
            tx.setRollbackOnly();
        });

        assertThat(f.current(model, "1.0.0").status()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(deliveriesOf(model)).isEmpty();
        dispatcher.deliverDue();
        assertThat(received).isEmpty();
    }

    @Test
    void models_without_a_webhook_queue_nothing() {
        var model = f.lowRisk();
        f.submitted(model, "1.0.0");
        assertThat(deliveriesOf(model)).isEmpty();
    }

    @Test
    void only_http_and_https_urls_are_accepted() {
        var model = f.lowRisk();
        for (var bad : List.of("ftp://127.0.0.1/hook", "file:///etc/passwd", "javascript:alert(1)", "127.0.0.1/hook",
                "http:///nohost", "", "https://user:pw@127.0.0.1/hook")) {
            assertThatThrownBy(() -> f.as("owner", () -> settings.configure(model.id(), bad), Role.BUSINESS_OWNER))
                    .as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("url"));
        }
        var created = f.as("owner", () -> settings.configure(model.id(), "HTTPS://127.0.0.1:9/hook?x=1"),
                Role.BUSINESS_OWNER);
        assertThat(created.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(created.webhook().url()).isEqualTo("HTTPS://127.0.0.1:9/hook?x=1");
    }

    @Test
    void only_developers_and_the_models_owner_manage_its_webhook() {
        var model = f.lowRisk();
        assertThatThrownBy(() -> f.as("owner2", () -> settings.configure(model.id(), hookUrl()), Role.BUSINESS_OWNER))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> f.as("risk", () -> settings.webhook(model.id()), Role.RISK_OFFICER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.as("dev2", () -> settings.configure(model.id(), hookUrl()), Role.MODEL_DEVELOPER).secret())
                .isNotBlank();
        assertThat(f.as("owner", () -> settings.webhook(model.id()), Role.BUSINESS_OWNER)).get()
                .satisfies(w -> assertThat(w.createdBy()).isEqualTo("dev2"));
        f.as("owner", () -> {
            settings.remove(model.id());
            return null;
        }, Role.BUSINESS_OWNER);
        assertThat(f.as("owner", () -> settings.webhook(model.id()), Role.BUSINESS_OWNER)).isEmpty();
    }
}
