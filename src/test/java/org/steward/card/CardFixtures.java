package org.steward.card;

import java.util.Set;
import java.util.function.Supplier;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.RegisterSeeding;
import org.steward.register.Stage;
import org.steward.register.VersionView;

/**
 * Models, versions and cards of the card tests, made through the services as the demo users: models owned by the
 * demo business owner "owner", registered by "dev". Every model has a unique name.
 */
public final class CardFixtures {

    public static final CardText COMPLETE = new CardText("Proprietary, internal use only", "models@steward.example",
            "Trained on 2024 applications only; **uncertain** for incomes above 200,000 EUR.",
            "Affects access to credit; reviewed with the ethics board.", "Use the score with the underwriter's file.",
            "Write to appeals@steward.example with your application number.");

    private final RunAs runAs;
    private final ApprovalFixtures approval;
    private final CardAuthoring authoring;
    private final ModelRegister register;
    private final RegisterSeeding seeding;

    public CardFixtures(RunAs runAs, ModelRegister register, ApprovalWorkflow workflow, RegisterSeeding seeding,
                        CardAuthoring authoring) {
        this.runAs = runAs;
        this.register = register;
        this.seeding = seeding;
        this.approval = new ApprovalFixtures(runAs, register, workflow, seeding);
        this.authoring = authoring;
    }

    public ModelView lowRisk() {
        return approval.lowRisk();
    }

    public ModelView model(EuRiskCategory eu, InternalRiskTier tier) {
        return approval.model(eu, tier);
    }

    public VersionView draft(ModelView model, String label) {
        return approval.draft(model, label);
    }

    public VersionView seeded(ModelView model, String label, ApprovalStatus status) {
        return approval.seeded(model, label, status);
    }

    public CardView saveAsDev(ModelView model, String label, CardText text) {
        var lock = asDev(() -> authoring.history(model.id(), label)).stream().findFirst()
                .filter(c -> !c.published()).map(CardView::lock).orElse(null);
        return asDev(() -> authoring.saveDraft(model.id(), label, lock, text));
    }

    /** A low-risk model with an approved version 1.0.0 and its complete card published by its owner. */
    public PublishedFixture published() {
        var model = lowRisk();
        seeded(model, "1.0.0", ApprovalStatus.APPROVED);
        var draft = saveAsDev(model, "1.0.0", COMPLETE);
        var card = asOwner(() -> authoring.publish(model.id(), "1.0.0", draft.lock()));
        return new PublishedFixture(model, card);
    }

    /** As {@link #published()}, with version 1.0.0 deployed in production afterwards. */
    public PublishedFixture deployed() {
        var fixture = published();
        var version = asAuditor(() -> register.version(fixture.model().id(), "1.0.0"));
        seeding.seed(version.id(), ApprovalStatus.DEPLOYED, Stage.PRODUCTION);
        return fixture;
    }

    public record PublishedFixture(ModelView model, CardView card) {
    }

    public <T> T asDev(Supplier<T> action) {
        return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), action);
    }

    public <T> T asOwner(Supplier<T> action) {
        return runAs.call("owner", Set.of(Role.BUSINESS_OWNER), action);
    }

    public <T> T asAuditor(Supplier<T> action) {
        return runAs.call("auditor", Set.of(Role.AUDITOR), action);
    }

    public <T> T asEndUser(String name, Supplier<T> action) {
        return runAs.call(name, Set.of(Role.END_USER), action);
    }
}
