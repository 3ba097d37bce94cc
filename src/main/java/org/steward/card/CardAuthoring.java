package org.steward.card;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.NotFoundException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Sha256;
import org.steward.base.Validation;
import org.steward.card.CardEvent.CardDraftSaved;
import org.steward.card.CardEvent.CardPublished;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/**
 * Writing and publishing model cards. Model developers and the model's business owner edit a version's draft; only
 * the business owner publishes, once the version is approved (or deployed) and the card has every required item.
 * Publishing freezes the composed card; editing a published card starts the next number as a new draft. Drafts and
 * card history are for full-register readers; end users read published cards through {@link CardCatalogue}.
 */
@Service
@Transactional
public class CardAuthoring {

    static final String READERS =
            "hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')";
    /** Versions whose card can be published: approved ones, in or out of production. */
    static final Set<ApprovalStatus> PUBLISHABLE = EnumSet.of(ApprovalStatus.APPROVED, ApprovalStatus.DEPLOYED);
    /** Versions whose card no longer changes: nobody uses them any more. */
    static final Set<ApprovalStatus> CLOSED = EnumSet.of(ApprovalStatus.REJECTED, ApprovalStatus.RETIRED);

    private final Cards cards;
    private final CardComposer composer;
    private final CardExports exports;
    private final ModelRegister register;
    private final Validation validation;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CardAuthoring(Cards cards, CardComposer composer, CardExports exports, ModelRegister register,
                  Validation validation, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.exports = exports;
        this.cards = cards;
        this.composer = composer;
        this.register = register;
        this.validation = validation;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The version's latest card: a published one as frozen, a draft composed now with its text. Without any card yet,
     * the card composed now with the text of the model's latest card of another version (or none), as a template.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ComposedCard current(long modelId, String label) {
        var model = register.get(modelId);
        var version = register.version(modelId, label);
        var latest = cards.findFirstByVersionIdOrderByNumberDesc(version.id());
        if (latest.isPresent()) {
            return composed(model, version, latest.get());
        }
        var template = cards.findFirstByModelIdOrderByIdDesc(modelId).map(ModelCard::text).orElse(CardText.EMPTY);
        return preview(model, version, template, null);
    }

    /** The card as it would be with {@code text}: for the editor's live completeness and preview. Stores nothing. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ComposedCard preview(long modelId, String label, CardText text) {
        var model = register.get(modelId);
        var version = register.version(modelId, label);
        var latest = cards.findFirstByVersionIdOrderByNumberDesc(version.id()).map(ModelCard::view).orElse(null);
        return preview(model, version, text, latest);
    }

    /** The version's latest card (a draft composed now, or the frozen published one) exported in {@code format}. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public CardExport export(long modelId, String label, CardFormat format) {
        var current = current(modelId, label);
        return exports.export(current.card(), current.content(), current.completeness(), format);
    }

    /** Every card version of a model version, newest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<CardView> history(long modelId, String label) {
        var version = register.version(modelId, label);
        return cards.findByVersionIdOrderByNumberDesc(version.id()).stream().map(ModelCard::view).toList();
    }

    /** One card version of any status, composed as {@link #current} composes it. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ComposedCard get(long cardId) {
        var card = cards.findById(cardId).orElseThrow(() -> new NotFoundException("There is no model card "
                + cardId + "."));
        var model = register.get(card.modelId());
        return composed(model, register.version(card.modelId(), card.versionLabel()), card);
    }

    /**
     * Saves the authored text of the version's draft. When the latest card is published (or there is none yet) a new
     * draft with the next number is started and {@code expectedLock} is ignored; otherwise it must be the lock version
     * the caller read.
     */
    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')")
    public CardView saveDraft(long modelId, String label, @Nullable Long expectedLock, CardText text) {
        var model = register.get(modelId);
        var version = register.version(modelId, label);
        if (!mayEdit(model)) {
            throw new PermissionDeniedException("Only model developers and the model's business owner ("
                    + model.details().owner() + ") write its model card.");
        }
        if (CLOSED.contains(version.status())) {
            throw new ConflictException("Version " + label + " is " + version.status().label()
                    + "; its model card no longer changes.");
        }
        Validation.throwIfAny(validation.violations(text));
        var actor = currentUser.username();
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var latest = cards.findFirstByVersionIdOrderByNumberDesc(version.id());
        ModelCard card;
        if (latest.isPresent() && latest.get().status() == CardStatus.DRAFT) {
            card = latest.get();
            if (expectedLock == null || card.version() != expectedLock) {
                throw stale(card);
            }
            if (card.text().equals(text)) {
                return card.view();
            }
            card.edit(text, actor, at);
            flush(card);
        } else {
            var number = latest.map(c -> c.number() + 1).orElse(1);
            card = cards.save(new ModelCard(modelId, version.id(), version.label(), number, text, actor, at));
        }
        events.publishEvent(new CardDraftSaved(modelId, card.id(), card.versionLabel(), card.number(), actor, at));
        return card.view();
    }

    /**
     * Publishes the version's draft: composes the card now, freezes it with its SHA-256 and records the publication.
     * Only the model's business owner publishes, only approved or deployed versions, only complete cards.
     */
    @PreAuthorize("hasRole('BUSINESS_OWNER')")
    public CardView publish(long modelId, String label, long expectedLock) {
        var model = register.get(modelId);
        var version = register.version(modelId, label);
        var actor = currentUser.username();
        if (!model.details().owner().equals(actor)) {
            throw new PermissionDeniedException("Only the model's business owner (" + model.details().owner()
                    + ") publishes its model card.");
        }
        if (!PUBLISHABLE.contains(version.status())) {
            throw new ConflictException("Version " + label + " is " + version.status().label() + "; a model card is "
                    + "published for an approved or deployed version only.");
        }
        var card = cards.findFirstByVersionIdOrderByNumberDesc(version.id())
                .filter(c -> c.status() == CardStatus.DRAFT)
                .orElseThrow(() -> new ConflictException("Version " + label + " has no draft card to publish; "
                        + "write one (or edit the published card) first."));
        if (card.version() != expectedLock) {
            throw stale(card);
        }
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var content = composer.compose(model, version, card.text(), at);
        var completeness = Completeness.of(content, content.details().risk());
        if (!completeness.complete()) {
            throw new ConflictException("The card is not complete; missing: "
                    + Completeness.labels(completeness.missingRequired()) + ".");
        }
        var json = Snapshots.write(content);
        var sha = Sha256.hex(json);
        card.publish(json, sha, actor, at);
        flush(card);
        events.publishEvent(new CardPublished(modelId, card.id(), label, card.number(), sha, completeness.score(),
                actor, at));
        return card.view();
    }

    /** Whether the signed-in user may write this model's card (developers, and its own business owner). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canEdit(long modelId) {
        return mayEdit(register.get(modelId));
    }

    /** Whether the signed-in user is this model's business owner, who publishes its cards. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canPublish(long modelId) {
        return currentUser.has(Role.BUSINESS_OWNER)
                && register.get(modelId).details().owner().equals(currentUser.username());
    }

    /** Whether the signed-in user may read drafts and card history (everyone but end users). */
    @PreAuthorize("isAuthenticated()")
    public boolean canRead() {
        return currentUser.roles().stream().anyMatch(CardAccess.FULL_READERS::contains);
    }

    /** The completeness of the version's latest card (or of no card) as composed now, for the approval gate. */
    Completeness completeness(ModelView model, VersionView version) {
        return current(model, version).completeness();
    }

    /** The version's latest card composed now, or null card when it has none. */
    ComposedCard current(ModelView model, VersionView version) {
        var latest = cards.findFirstByVersionIdOrderByNumberDesc(version.id());
        return latest.map(c -> composed(model, version, c))
                .orElseGet(() -> preview(model, version, CardText.EMPTY, null));
    }

    private ComposedCard composed(ModelView model, VersionView version, ModelCard card) {
        if (card.status() == CardStatus.PUBLISHED && card.content() != null) {
            var content = Snapshots.read(card.content());
            return new ComposedCard(card.view(), content, Completeness.of(content, content.details().risk()));
        }
        return preview(model, version, card.text(), card.view());
    }

    private ComposedCard preview(ModelView model, VersionView version, CardText text, @Nullable CardView card) {
        var content = composer.compose(model, version, text, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return new ComposedCard(card, content, Completeness.of(content, content.details().risk()));
    }

    private boolean mayEdit(ModelView model) {
        return currentUser.has(Role.MODEL_DEVELOPER)
                || (currentUser.has(Role.BUSINESS_OWNER) && model.details().owner().equals(currentUser.username()));
    }

    private void flush(ModelCard card) {
        try {
            cards.flush();
        } catch (ConcurrencyFailureException e) {
            throw stale(card);
        }
    }

    private static ConflictException stale(ModelCard card) {
        return new ConflictException("The card of version " + card.versionLabel() + " was changed by someone else "
                + "since you read it; reload it and apply your change again.");
    }
}
