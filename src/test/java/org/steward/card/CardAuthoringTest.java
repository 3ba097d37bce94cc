package org.steward.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.ApprovalWorkflow;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Sha256;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerRecord;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterSeeding;

/** Writing, publishing and versioning model cards through the service, as the demo users. */
@SpringBootTest
class CardAuthoringTest {

    @Autowired
    CardAuthoring authoring;

    @Autowired
    CardCatalogue catalogue;

    @Autowired
    Ledger ledger;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RegisterSeeding seeding;

    private CardFixtures f() {
        return new CardFixtures(runAs, register, workflow, seeding, authoring);
    }

    @Test
    void a_draft_keeps_its_number_while_edited_and_a_stale_copy_is_refused() {
        var f = f();
        var model = f.lowRisk();
        f.draft(model, "1.0.0");
        var first = f.asDev(() -> authoring.saveDraft(model.id(), "1.0.0", null, CardFixtures.COMPLETE));
        var edited = f.asDev(() -> authoring.saveDraft(model.id(), "1.0.0", first.lock(),
                new CardText("MIT", "me@example.org", "Fails on new products.", null, null, null)));

        assertThat(first.number()).isEqualTo(1);
        assertThat(edited.number()).isEqualTo(1);
        assertThat(edited.id()).isEqualTo(first.id());
        assertThat(edited.text().limitations()).isEqualTo("Fails on new products.");
        assertThatThrownBy(() -> f.asDev(() -> authoring.saveDraft(model.id(), "1.0.0", first.lock(),
                CardFixtures.COMPLETE))).isInstanceOf(ConflictException.class).hasMessageContaining("reload");
    }

    @Test
    void text_over_the_limit_is_refused_and_nothing_is_stored() {
        var f = f();
        var model = f.lowRisk();
        f.draft(model, "1.0.0");
        var tooLong = new CardText("x".repeat(CardText.SHORT_MAX + 1), null, "fine", null, null, null);

        assertThatThrownBy(() -> f.asDev(() -> authoring.saveDraft(model.id(), "1.0.0", null, tooLong)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("licence"));
        assertThat(f.asDev(() -> authoring.history(model.id(), "1.0.0"))).isEmpty();
    }

    @Test
    void a_card_is_published_only_for_an_approved_version_by_its_own_business_owner_when_complete() {
        var f = f();
        var model = f.lowRisk();
        f.draft(model, "1.0.0");
        var incomplete = f.asDev(() -> authoring.saveDraft(model.id(), "1.0.0", null,
                new CardText("MIT", "me@example.org", null, null, null, null)));

        assertThatThrownBy(() -> f.asOwner(() -> authoring.publish(model.id(), "1.0.0", incomplete.lock())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("approved or deployed");
        seeding.seed(incomplete.versionId(), ApprovalStatus.APPROVED, org.steward.register.Stage.STAGING);
        assertThatThrownBy(() -> f.asOwner(() -> authoring.publish(model.id(), "1.0.0", incomplete.lock())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("missing: Limitations, known failure modes and uncertainty");
        assertThatThrownBy(() -> f.asDev(() -> authoring.publish(model.id(), "1.0.0", incomplete.lock())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.call("owner2", java.util.Set.of(Role.BUSINESS_OWNER),
                () -> authoring.publish(model.id(), "1.0.0", incomplete.lock())))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("(owner)");

        var complete = f.asDev(() -> authoring.saveDraft(model.id(), "1.0.0", incomplete.lock(),
                CardFixtures.COMPLETE));
        var published = f.asOwner(() -> authoring.publish(model.id(), "1.0.0", complete.lock()));

        assertThat(published.status()).isEqualTo(CardStatus.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo("owner");
        var read = f.asAuditor(() -> catalogue.get(published.id()));
        assertThat(Sha256.hex(Snapshots.write(read.content()))).isEqualTo(published.contentSha256());
        assertThat(read.completeness().complete()).isTrue();
        assertThat(read.content().approval().status()).isEqualTo("Approved");
        assertThat(f.asAuditor(() -> ledger.trail("model:" + model.id()))).extracting(LedgerRecord::action)
                .contains("MODEL_CARD_DRAFT_SAVED", "MODEL_CARD_PUBLISHED");
    }

    @Test
    void editing_a_published_card_starts_a_new_draft_and_the_published_one_stays_as_it_was() {
        var f = f();
        var fixture = f.published();
        var model = fixture.model();
        var before = f.asAuditor(() -> catalogue.get(fixture.card().id()));

        var next = f.asDev(() -> authoring.saveDraft(model.id(), "1.0.0", null,
                new CardText("MIT", "team@example.org", "Changed limitations.", null, null, null)));

        assertThat(next.number()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(CardStatus.DRAFT);
        assertThat(f.asDev(() -> authoring.history(model.id(), "1.0.0"))).extracting(CardView::number,
                CardView::status).containsExactly(org.assertj.core.groups.Tuple.tuple(2, CardStatus.DRAFT),
                org.assertj.core.groups.Tuple.tuple(1, CardStatus.PUBLISHED));
        var after = f.asAuditor(() -> catalogue.get(fixture.card().id()));
        assertThat(after.content()).isEqualTo(before.content());
        assertThat(after.card().contentSha256()).isEqualTo(fixture.card().contentSha256());
        assertThat(after.content().text().limitations()).isEqualTo(CardFixtures.COMPLETE.limitations());
        assertThatThrownBy(() -> f.asOwner(() -> authoring.publish(model.id(), "1.0.0", fixture.card().lock())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("reload");
    }

    @Test
    void a_new_version_without_a_card_starts_from_the_models_latest_card_text() {
        var f = f();
        var fixture = f.published();
        f.draft(fixture.model(), "2.0.0");

        var current = f.asDev(() -> authoring.current(fixture.model().id(), "2.0.0"));

        assertThat(current.card()).isNull();
        assertThat(current.content().text()).isEqualTo(CardFixtures.COMPLETE);
        assertThat(current.content().details().version()).isEqualTo("2.0.0");
    }

    @Test
    void only_developers_and_the_models_own_business_owner_write_its_card() {
        var f = f();
        var model = f.lowRisk();
        f.draft(model, "1.0.0");

        assertThatThrownBy(() -> runAs.call("owner2", java.util.Set.of(Role.BUSINESS_OWNER),
                () -> authoring.saveDraft(model.id(), "1.0.0", null, CardFixtures.COMPLETE)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> f.asAuditor(() -> authoring.saveDraft(model.id(), "1.0.0", null,
                CardFixtures.COMPLETE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.asEndUser("enduser", () -> authoring.current(model.id(), "1.0.0")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.asOwner(() -> authoring.saveDraft(model.id(), "1.0.0", null, CardFixtures.COMPLETE)).editedBy())
                .isEqualTo("owner");
    }
}
