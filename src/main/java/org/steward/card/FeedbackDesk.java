package org.steward.card;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.NotFoundException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Sha256;
import org.steward.base.Validation;
import org.steward.card.CardEvent.FeedbackClosed;
import org.steward.card.CardEvent.FeedbackReceived;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;

/**
 * Feedback on published cards. Anyone who may read a card may rate it, ask, report a problem or contest a decision,
 * at most {@code steward.cards.feedback-per-hour} times an hour; the model's business owner finds open feedback in
 * My work, answers and closes it; the submitter reads the answer on the card. Every step is a governance event.
 */
@Service
@Transactional
public class FeedbackDesk {

    private final CardFeedbacks feedback;
    private final CardAccess access;
    private final ModelRegister register;
    private final FeedbackRate rate;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackDesk(CardFeedbacks feedback, CardAccess access, ModelRegister register, FeedbackRate rate,
                 CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.feedback = feedback;
        this.access = access;
        this.register = register;
        this.rate = rate;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Sends feedback on a published card; invalid input is refused with the field at fault and stores nothing. */
    @PreAuthorize("isAuthenticated()")
    public FeedbackView submit(long cardId, FeedbackRequest request) {
        validate(request);
        var card = access.published(cardId);
        var actor = currentUser.username();
        rate.acquire(actor);
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var saved = feedback.save(new CardFeedback(card, request, actor, at));
        events.publishEvent(new FeedbackReceived(card.modelId(), cardId, saved.id(), card.versionLabel(),
                request.kind(), request.rating(), request.message() == null ? null : Sha256.hex(request.message()),
                request.reference(), actor, at));
        return saved.view(register.get(card.modelId()).name());
    }

    /** What the signed-in user sent about this card, with the answers, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FeedbackView> mine(long cardId) {
        var card = access.published(cardId);
        var name = register.get(card.modelId()).name();
        return feedback.findByCardIdAndSubmittedByOrderByIdDesc(cardId, currentUser.username()).stream()
                .map(f -> f.view(name)).toList();
    }

    /** Open feedback on the models the signed-in user owns, oldest first: their inbox. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FeedbackView> openForMe(Pageable page) {
        return feedback.openFor(currentUser.username(), FeedbackStatus.OPEN,
                        PageRequest.of(page.getPageNumber(), page.getPageSize())).stream()
                .map(row -> ((CardFeedback) row[0]).view((String) row[1])).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countOpenForMe() {
        return feedback.countOpenFor(currentUser.username(), FeedbackStatus.OPEN);
    }

    /** Every piece of feedback on a model's cards, newest first (the owner's view of the card). */
    @PreAuthorize(CardAuthoring.READERS)
    @Transactional(readOnly = true)
    public List<FeedbackView> ofModel(long modelId, Pageable page) {
        var name = register.get(modelId).name();
        return feedback.findByModelIdOrderByIdDesc(modelId, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                .stream().map(f -> f.view(name)).toList();
    }

    @PreAuthorize(CardAuthoring.READERS)
    @Transactional(readOnly = true)
    public long countOfModel(long modelId) {
        register.get(modelId);
        return feedback.countByModelId(modelId);
    }

    /** The feedback on a model's cards added up: counts by kind, open items, the average clarity rating. */
    @PreAuthorize(CardAuthoring.READERS)
    @Transactional(readOnly = true)
    public FeedbackSummary summary(long modelId) {
        register.get(modelId);
        var byKind = new EnumMap<FeedbackKind, Long>(FeedbackKind.class);
        for (var row : feedback.countsByKind(modelId)) {
            byKind.put((FeedbackKind) row[0], ((Number) row[1]).longValue());
        }
        var ratings = feedback.ratings(modelId).getFirst();
        var count = ratings[0] == null ? 0 : ((Number) ratings[0]).longValue();
        var average = count == 0 || ratings[1] == null ? null : ((Number) ratings[1]).doubleValue();
        return new FeedbackSummary(feedback.countByModelId(modelId),
                feedback.countByModelIdAndStatus(modelId, FeedbackStatus.OPEN), byKind, count, average);
    }

    /** The model's business owner answers open feedback, which closes it; the submitter sees the answer. */
    @PreAuthorize("hasRole('BUSINESS_OWNER')")
    public FeedbackView answer(long feedbackId, long expectedLock, String reply) {
        var answer = CardText.clean(reply);
        if (answer == null || answer.length() < 2) {
            throw org.steward.base.InvalidInputException.of("reply", "write your answer");
        }
        if (answer.length() > FeedbackRequest.MESSAGE_MAX) {
            throw org.steward.base.InvalidInputException.of("reply", "at most " + FeedbackRequest.MESSAGE_MAX
                    + " characters");
        }
        return close(feedbackId, expectedLock, answer);
    }

    /** The model's business owner closes open feedback that needs no answer. */
    @PreAuthorize("hasRole('BUSINESS_OWNER')")
    public FeedbackView close(long feedbackId, long expectedLock) {
        return close(feedbackId, expectedLock, null);
    }

    private FeedbackView close(long feedbackId, long expectedLock, @Nullable String answer) {
        var item = feedback.findById(feedbackId).orElseThrow(() -> new NotFoundException("There is no feedback "
                + feedbackId + "."));
        var model = register.get(item.modelId());
        var actor = currentUser.username();
        if (!currentUser.has(Role.BUSINESS_OWNER) || !model.details().owner().equals(actor)) {
            throw new PermissionDeniedException("Only the model's business owner (" + model.details().owner()
                    + ") answers feedback on its cards.");
        }
        if (item.version() != expectedLock) {
            throw new ConflictException("This feedback changed since you read it; reload it.");
        }
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        item.close(answer, actor, at);
        feedback.flush();
        events.publishEvent(new FeedbackClosed(item.modelId(), feedbackId, item.versionLabel(), answer != null,
                answer == null ? null : Sha256.hex(answer), actor, at));
        return item.view(model.name());
    }

    private static void validate(FeedbackRequest r) {
        var errors = new LinkedHashMap<String, String>();
        if (r.kind() == null) {
            errors.put("kind", "choose what you want to tell: a clarity rating, a question, a problem or a contested "
                    + "decision");
        } else if (r.kind() == FeedbackKind.CLARITY) {
            if (r.rating() == null || r.rating() < 1 || r.rating() > 5) {
                errors.put("rating", "rate the card's clarity from 1 (hard to follow) to 5 (very clear)");
            }
        } else {
            if (r.rating() != null) {
                errors.put("rating", "only a clarity rating has a rating");
            }
            if (r.message() == null) {
                errors.put("message", "write your " + r.kind().label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        var message = r.message();
        if (message != null && (message.length() < FeedbackRequest.MESSAGE_MIN
                || message.length() > FeedbackRequest.MESSAGE_MAX)) {
            errors.put("message", "write between " + FeedbackRequest.MESSAGE_MIN + " and "
                    + FeedbackRequest.MESSAGE_MAX + " characters");
        }
        var reference = r.reference();
        if (reference != null && !reference.matches(FeedbackRequest.REFERENCE_PATTERN)) {
            errors.put("reference", "use letters, digits, spaces and . _ / # : - only, up to "
                    + FeedbackRequest.REFERENCE_MAX + " characters");
        }
        Validation.throwIfAny(errors);
    }
}
