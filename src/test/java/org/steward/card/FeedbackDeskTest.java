package org.steward.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.steward.approval.ApprovalWorkflow;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerRecord;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterSeeding;

/** Feedback on published cards: validated, rate-limited, answered by the model's owner, recorded in the ledger. */
@SpringBootTest
class FeedbackDeskTest {

    @Autowired
    FeedbackDesk desk;

    @Autowired
    CardAuthoring authoring;

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

    private static String reader() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_contested_decision_reaches_the_owners_inbox_and_the_answer_reaches_the_submitter() {
        var f = f();
        var fixture = f.published();
        var reader = reader();
        var sent = f.asEndUser(reader, () -> desk.submit(fixture.card().id(), new FeedbackRequest(
                FeedbackKind.CONTEST, null, "My loan was declined although my income <b>doubled</b>.", "APP-2026/114")));

        assertThat(sent.status()).isEqualTo(FeedbackStatus.OPEN);
        var inbox = f.asOwner(() -> desk.openForMe(PageRequest.of(0, 500)));
        assertThat(inbox).extracting(FeedbackView::id).contains(sent.id());
        assertThat(inbox).filteredOn(v -> v.id() == sent.id()).singleElement()
                .satisfies(v -> assertThat(v.modelName()).isEqualTo(fixture.model().name()));

        var answered = f.asOwner(() -> desk.answer(sent.id(), sent.lock(), "We re-ran your application; see mail."));

        assertThat(answered.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(f.asOwner(() -> desk.openForMe(PageRequest.of(0, 500)))).extracting(FeedbackView::id)
                .doesNotContain(sent.id());
        var mine = f.asEndUser(reader, () -> desk.mine(fixture.card().id()));
        assertThat(mine).singleElement().satisfies(v -> {
            assertThat(v.reply()).isEqualTo("We re-ran your application; see mail.");
            assertThat(v.repliedBy()).isEqualTo("owner");
            assertThat(v.message()).isEqualTo("My loan was declined although my income <b>doubled</b>.");
            assertThat(v.reference()).isEqualTo("APP-2026/114");
        });
        var trail = f.asAuditor(() -> ledger.trail("model:" + fixture.model().id()));
        assertThat(trail).extracting(LedgerRecord::action)
                .contains("MODEL_CARD_FEEDBACK_RECEIVED", "MODEL_CARD_FEEDBACK_ANSWERED");
        assertThat(trail).noneMatch(e -> e.payload().contains("doubled"));
    }

    @Test
    void invalid_feedback_names_the_fields_and_stores_nothing() {
        var f = f();
        var fixture = f.published();
        var reader = reader();

        assertThatThrownBy(() -> f.asEndUser(reader, () -> desk.submit(fixture.card().id(),
                new FeedbackRequest(FeedbackKind.QUESTION, 3, "short", "<script>"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsOnlyKeys("rating", "message", "reference"));
        assertThatThrownBy(() -> f.asEndUser(reader, () -> desk.submit(fixture.card().id(),
                new FeedbackRequest(FeedbackKind.CLARITY, 6, null, null))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(f.asEndUser(reader, () -> desk.mine(fixture.card().id()))).isEmpty();
    }

    @Test
    void ratings_are_summed_up_for_the_owner_and_a_bare_rating_needs_no_answer() {
        var f = f();
        var fixture = f.published();
        f.asEndUser(reader(), () -> desk.submit(fixture.card().id(), new FeedbackRequest(FeedbackKind.CLARITY, 4,
                null, null)));
        f.asEndUser(reader(), () -> desk.submit(fixture.card().id(), new FeedbackRequest(FeedbackKind.CLARITY, 2,
                "The metrics section is hard to follow.", null)));
        f.asEndUser(reader(), () -> desk.submit(fixture.card().id(), new FeedbackRequest(FeedbackKind.QUESTION,
                null, "Does it use my postcode?", null)));

        var summary = f.asOwner(() -> desk.summary(fixture.model().id()));

        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.open()).isEqualTo(2);
        assertThat(summary.ratings()).isEqualTo(2);
        assertThat(summary.averageRating()).isEqualTo(3.0);
        assertThat(summary.byKind()).containsEntry(FeedbackKind.CLARITY, 2L).containsEntry(FeedbackKind.QUESTION, 1L);
    }

    @Test
    void one_person_may_send_only_so_many_messages_an_hour() {
        var f = f();
        var fixture = f.published();
        var reader = reader();
        for (int i = 0; i < 10; i++) {
            f.asEndUser(reader, () -> desk.submit(fixture.card().id(), new FeedbackRequest(FeedbackKind.CLARITY, 5,
                    null, null)));
        }

        assertThatThrownBy(() -> f.asEndUser(reader, () -> desk.submit(fixture.card().id(),
                new FeedbackRequest(FeedbackKind.CLARITY, 5, null, null))))
                .isInstanceOf(FeedbackLimitException.class).hasMessageContaining("10 messages");
        assertThat(f.asEndUser(reader, () -> desk.mine(fixture.card().id()))).hasSize(10);
    }

    @Test
    void only_the_models_business_owner_answers() {
        var f = f();
        var fixture = f.published();
        var sent = f.asEndUser(reader(), () -> desk.submit(fixture.card().id(), new FeedbackRequest(
                FeedbackKind.PROBLEM, null, "The contact address bounces.", null)));

        assertThatThrownBy(() -> runAs.call("owner2", java.util.Set.of(Role.BUSINESS_OWNER),
                () -> desk.answer(sent.id(), sent.lock(), "Not my model.")))
                .isInstanceOf(PermissionDeniedException.class);
        var closed = f.asOwner(() -> desk.close(sent.id(), sent.lock()));
        assertThat(closed.reply()).isNull();
        assertThat(closed.status()).isEqualTo(FeedbackStatus.CLOSED);
    }
}
