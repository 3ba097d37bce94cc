package org.steward.card;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.steward.base.ConflictException;

/** What one reader told the owner of a card, and the owner's answer. Plain text, shown as text, never as HTML. */
@Entity
@Table(name = "card_feedback")
class CardFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "card_id", nullable = false, updatable = false)
    private long cardId;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "version_label", nullable = false, updatable = false, length = 64)
    private String versionLabel = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private FeedbackKind kind = FeedbackKind.QUESTION;

    @Column(updatable = false)
    private @Nullable Integer rating;

    @Column(updatable = false, length = FeedbackRequest.MESSAGE_MAX)
    private @Nullable String message;

    @Column(updatable = false, length = FeedbackRequest.REFERENCE_MAX)
    private @Nullable String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FeedbackStatus status = FeedbackStatus.OPEN;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy = "";

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt = Instant.EPOCH;

    @Column(length = FeedbackRequest.MESSAGE_MAX)
    private @Nullable String reply;

    @Column(name = "replied_by")
    private @Nullable String repliedBy;

    @Column(name = "replied_at")
    private @Nullable Instant repliedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Version
    private long version;

    protected CardFeedback() {
    }

    /** Feedback with something to answer is open; a bare clarity rating is closed on arrival. */
    CardFeedback(ModelCard card, FeedbackRequest request, String submittedBy, Instant at) {
        this.cardId = card.id();
        this.modelId = card.modelId();
        this.versionLabel = card.versionLabel();
        this.kind = request.kind();
        this.rating = request.rating();
        this.message = request.message();
        this.reference = request.reference();
        this.submittedBy = submittedBy;
        this.submittedAt = at;
        if (message == null) {
            status = FeedbackStatus.CLOSED;
            closedAt = at;
        }
    }

    void close(@Nullable String answer, String owner, Instant at) {
        if (status == FeedbackStatus.CLOSED) {
            throw new ConflictException("This feedback is closed already.");
        }
        if (answer != null) {
            reply = answer;
            repliedBy = owner;
            repliedAt = at;
        }
        status = FeedbackStatus.CLOSED;
        closedAt = at;
    }

    FeedbackView view(String modelName) {
        return new FeedbackView(id(), cardId, modelId, modelName, versionLabel, kind, rating, message, reference,
                status, submittedBy, submittedAt, reply, repliedBy, repliedAt, closedAt, version);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("feedback not saved yet");
        }
        return id;
    }

    long modelId() {
        return modelId;
    }

    String versionLabel() {
        return versionLabel;
    }

    long version() {
        return version;
    }
}
