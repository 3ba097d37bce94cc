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

/**
 * One numbered version of a model version's card. A draft's text may change; publishing freezes the composed card as
 * JSON with its SHA-256, and after that nothing about the row changes.
 */
@Entity
@Table(name = "model_card")
class ModelCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "version_label", nullable = false, updatable = false, length = 64)
    private String versionLabel = "";

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CardStatus status = CardStatus.DRAFT;

    @Column(length = CardText.SHORT_MAX)
    private @Nullable String licence;

    @Column(length = CardText.SHORT_MAX)
    private @Nullable String contact;

    @Column(columnDefinition = "text")
    private @Nullable String limitations;

    @Column(name = "ethical_considerations", columnDefinition = "text")
    private @Nullable String ethicalConsiderations;

    @Column(columnDefinition = "text")
    private @Nullable String caveats;

    @Column(name = "how_to_contest", columnDefinition = "text")
    private @Nullable String howToContest;

    @Column(name = "edited_by", nullable = false)
    private String editedBy = "";

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt = Instant.EPOCH;

    @Column(name = "published_by")
    private @Nullable String publishedBy;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(columnDefinition = "text")
    private @Nullable String content;

    @Column(name = "content_sha256", length = 64)
    private @Nullable String contentSha256;

    @Version
    private long version;

    protected ModelCard() {
    }

    ModelCard(long modelId, long versionId, String versionLabel, int number, CardText text, String editor,
              Instant at) {
        this.modelId = modelId;
        this.versionId = versionId;
        this.versionLabel = versionLabel;
        this.number = number;
        edit(text, editor, at);
    }

    /** Replaces the authored text of a draft; a published card is frozen. */
    void edit(CardText text, String editor, Instant at) {
        requireDraft();
        licence = text.licence();
        contact = text.contact();
        limitations = text.limitations();
        ethicalConsiderations = text.ethicalConsiderations();
        caveats = text.caveats();
        howToContest = text.howToContest();
        editedBy = editor;
        editedAt = at;
    }

    /** Freezes the draft with its composed content. */
    void publish(String contentJson, String sha256, String publisher, Instant at) {
        requireDraft();
        status = CardStatus.PUBLISHED;
        content = contentJson;
        contentSha256 = sha256;
        publishedBy = publisher;
        publishedAt = at;
    }

    private void requireDraft() {
        if (status != CardStatus.DRAFT) {
            throw new ConflictException("Card " + number + " of version " + versionLabel + " is published and "
                    + "frozen; edit the card to start a new draft.");
        }
    }

    CardText text() {
        return new CardText(licence, contact, limitations, ethicalConsiderations, caveats, howToContest);
    }

    CardView view() {
        return new CardView(id(), modelId, versionId, versionLabel, number, status, text(), editedBy, editedAt,
                publishedBy, publishedAt, contentSha256, version);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("card not saved yet");
        }
        return id;
    }

    long modelId() {
        return modelId;
    }

    long versionId() {
        return versionId;
    }

    String versionLabel() {
        return versionLabel;
    }

    int number() {
        return number;
    }

    CardStatus status() {
        return status;
    }

    @Nullable String content() {
        return content;
    }

    long version() {
        return version;
    }
}
