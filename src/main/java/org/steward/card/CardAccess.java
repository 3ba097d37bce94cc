package org.steward.card;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.steward.base.NotFoundException;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;

/**
 * Who may read which card: full-register readers read every card version; everyone else (end users) only published
 * cards of versions that are approved or deployed now. A card someone may not read is "not found", so that its
 * existence is not given away.
 */
@Component
class CardAccess {

    static final Set<Role> FULL_READERS =
            EnumSet.of(Role.ADMIN, Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER, Role.RISK_OFFICER, Role.AUDITOR);

    private final Cards cards;
    private final ModelRegister register;
    private final CurrentUser currentUser;

    CardAccess(Cards cards, ModelRegister register, CurrentUser currentUser) {
        this.cards = cards;
        this.register = register;
        this.currentUser = currentUser;
    }

    boolean fullReader() {
        return currentUser.roles().stream().anyMatch(FULL_READERS::contains);
    }

    /** A published card the caller may read. */
    ModelCard published(long cardId) {
        var card = cards.findById(cardId).filter(c -> c.status() == CardStatus.PUBLISHED)
                .orElseThrow(() -> notFound(cardId));
        if (!fullReader() && !cards.versionStatus(card.versionId())
                .filter(ApprovalStatus.VISIBLE_TO_END_USERS::contains).isPresent()) {
            throw notFound(cardId);
        }
        // the register hides models the caller may not see
        register.get(card.modelId());
        return card;
    }

    static NotFoundException notFound(long cardId) {
        return new NotFoundException("There is no published model card " + cardId + ", or you may not see it.");
    }
}
