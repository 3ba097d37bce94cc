package org.steward.card;

import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.NotFoundException;
import org.steward.monitoring.Monitoring;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;

/**
 * Published model cards as everyone reads them: the catalogue of the cards of models in use, one card with its frozen
 * content, and the plain-language view. End users find the cards of deployed versions in the catalogue and may open
 * a card of an approved version that is not deployed yet (its plain view says so); they never see drafts or cards of
 * versions that are neither. Full-register readers also find approved versions' cards in the catalogue and may open
 * older and superseded published cards.
 */
@Service
@Transactional(readOnly = true)
public class CardCatalogue {

    private static final Set<ApprovalStatus> IN_USE = EnumSet.of(ApprovalStatus.DEPLOYED);

    private final Cards cards;
    private final CardAccess access;
    private final ModelRegister register;
    private final Monitoring monitoring;
    private final Markdown markdown;
    private final CardExports exports;

    CardCatalogue(Cards cards, CardAccess access, ModelRegister register, Monitoring monitoring, Markdown markdown,
                  CardExports exports) {
        this.exports = exports;
        this.cards = cards;
        this.access = access;
        this.register = register;
        this.monitoring = monitoring;
        this.markdown = markdown;
    }

    /**
     * The latest published card of every deployed model version matching {@code text}, by model name; for
     * full-register readers also of approved versions not deployed yet.
     */
    @PreAuthorize("isAuthenticated()")
    public List<CatalogueEntry> list(@Nullable String text, Pageable page) {
        return cards.catalogue(CardStatus.PUBLISHED, listed(), pattern(text),
                PageRequest.of(page.getPageNumber(), page.getPageSize()));
    }

    @PreAuthorize("isAuthenticated()")
    public long count(@Nullable String text) {
        return cards.countCatalogue(CardStatus.PUBLISHED, listed(), pattern(text));
    }

    private Set<ApprovalStatus> listed() {
        return access.fullReader() ? ApprovalStatus.VISIBLE_TO_END_USERS : IN_USE;
    }

    /** A published card the caller may read; otherwise not found. */
    @PreAuthorize("isAuthenticated()")
    public PublishedCard get(long cardId) {
        return published(access.published(cardId));
    }

    /** The latest published card of a version the caller may see. */
    @PreAuthorize("isAuthenticated()")
    public PublishedCard latest(long modelId, String label) {
        var version = register.version(modelId, label);
        var card = cards.findFirstByVersionIdAndStatusOrderByNumberDesc(version.id(), CardStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("Version " + label + " has no published model card yet."));
        return published(access.published(card.id()));
    }

    /** The card in plain language, with whether its version is in use and the model's monitoring status as now. */
    @PreAuthorize("isAuthenticated()")
    public PlainCard plain(long cardId) {
        var card = get(cardId);
        var inUse = cards.versionStatus(card.card().versionId()).orElseThrow();
        var health = monitoring.health(card.card().modelId());
        return PlainLanguage.of(cardId, card.card().number(), card.content(), inUse,
                health.map(h -> h.status().name()).orElse(null), health.map(h -> h.evaluatedAt()).orElse(null),
                markdown);
    }

    /** A published card exported as JSON, markdown or PDF: byte for byte the same on every call. */
    @PreAuthorize("isAuthenticated()")
    public CardExport export(long cardId, CardFormat format) {
        var card = get(cardId);
        return exports.export(card.card(), card.content(), card.completeness(), format);
    }

    static PublishedCard published(ModelCard card) {
        var content = Snapshots.read(Objects.requireNonNull(card.content()));
        return new PublishedCard(card.view(), content, Completeness.of(content, content.details().risk()));
    }

    /** A LIKE pattern of the search text (lower case, wildcards escaped), or empty for no search. */
    static String pattern(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
