package org.steward.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;
import org.steward.webhook.WebhookEvent.WebhookConfigured;
import org.steward.webhook.WebhookEvent.WebhookRemoved;

/**
 * Configures a model's webhook and shows its deliveries: model developers and the model's own business owner
 * only. The secret is generated here and returned once, on configuration; afterwards only the URL is shown.
 */
@Service
@Transactional
public class WebhookSettings {

    static final int URL_MAX = 2000;
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final ModelRegister register;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookSettings(Webhooks webhooks, WebhookDeliveries deliveries, ModelRegister register, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.register = register;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user may configure this model's webhook and see its deliveries. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canManage(long modelId) {
        if (currentUser.has(Role.MODEL_DEVELOPER)) {
            return true;
        }
        return currentUser.has(Role.BUSINESS_OWNER)
                && register.get(modelId).details().owner().equals(currentUser.username());
    }

    /** Whether the signed-in user may manage webhooks of some model (developers and business owners). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayManageAny() {
        return currentUser.has(Role.MODEL_DEVELOPER) || currentUser.has(Role.BUSINESS_OWNER);
    }

    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')")
    @Transactional(readOnly = true)
    public Optional<WebhookView> webhook(long modelId) {
        checkMayManage(modelId);
        return webhooks.findByModelId(modelId).map(WebhookSettings::view);
    }

    /**
     * Sets the model's webhook to {@code url} (http or https only) with a freshly generated secret, replacing any
     * earlier one; the secret is in the result and nowhere else shown again.
     */
    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')")
    public NewWebhook configure(long modelId, String url) {
        checkMayManage(modelId);
        var target = validUrl(url);
        var secret = newSecret();
        var actor = currentUser.username();
        var now = clock.instant();
        var webhook = webhooks.findByModelId(modelId).map(w -> {
            w.replace(target.toString(), secret, actor, now);
            return w;
        }).orElseGet(() -> webhooks.save(new Webhook(modelId, target.toString(), secret, actor, now)));
        events.publishEvent(new WebhookConfigured(modelId, withoutQuery(target), actor, now));
        return new NewWebhook(view(webhook), secret);
    }

    /** Removes the model's webhook and its deliveries; nothing when it has none. */
    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')")
    public void remove(long modelId) {
        checkMayManage(modelId);
        webhooks.findByModelId(modelId).ifPresent(w -> {
            webhooks.delete(w);
            events.publishEvent(new WebhookRemoved(modelId, currentUser.username(), clock.instant()));
        });
    }

    /** The model's deliveries, newest first. */
    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')")
    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(long modelId, Pageable page) {
        checkMayManage(modelId);
        var newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        return deliveries.findByModelId(modelId, newestFirst).map(WebhookDelivery::view).getContent();
    }

    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')")
    @Transactional(readOnly = true)
    public long countDeliveries(long modelId) {
        checkMayManage(modelId);
        return deliveries.countByModelId(modelId);
    }

    private void checkMayManage(long modelId) {
        if (!canManage(modelId)) {
            throw new PermissionDeniedException("Only model developers and the model's business owner manage its "
                    + "webhook.");
        }
    }

    /** An absolute http or https URL with a host; anything else (file:, ftp:, javascript:, …) is refused. */
    static URI validUrl(String url) {
        var text = url == null ? "" : url.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("url", "give the URL to send events to");
        }
        if (text.length() > URL_MAX) {
            throw InvalidInputException.of("url", "keep the URL under " + URL_MAX + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw InvalidInputException.of("url", "not a valid URL: " + e.getReason());
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw InvalidInputException.of("url", "only http and https URLs are allowed");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw InvalidInputException.of("url", "the URL needs a host, e.g. https://hooks.example.com/steward");
        }
        if (uri.getRawUserInfo() != null) {
            throw InvalidInputException.of("url", "put no user name or password in the URL; the signature "
                    + "authenticates Steward");
        }
        return uri;
    }

    private static String withoutQuery(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    private static String newSecret() {
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static WebhookView view(Webhook w) {
        return new WebhookView(w.modelId(), w.url(), w.createdBy(), w.createdAt());
    }
}
