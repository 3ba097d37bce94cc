package org.steward.register.ui;

import org.jspecify.annotations.Nullable;
import org.steward.base.ui.Badge;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;

/** Coloured badges for risk categories, tiers and approval statuses. */
final class RiskBadges {

    private RiskBadges() {
    }

    static Badge eu(EuRiskCategory category) {
        return new Badge(category.label(), category.level());
    }

    static Badge tier(InternalRiskTier tier) {
        return new Badge(tier.label() + " tier", tier.level());
    }

    static Badge status(@Nullable ApprovalStatus status) {
        if (status == null) {
            return new Badge(Formats.NONE, "neutral");
        }
        var level = switch (status) {
            case APPROVED, DEPLOYED -> "low";
            case SUBMITTED, CHANGES_REQUESTED -> "medium";
            case REJECTED, SUSPENDED -> "high";
            case DRAFT, RETIRED -> "neutral";
        };
        return new Badge(status.label(), level);
    }
}
