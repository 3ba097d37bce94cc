package org.steward.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.ApprovalWorklist;
import org.steward.approval.Condition;
import org.steward.approval.DecisionRequest;
import org.steward.approval.ReturnedItem;
import org.steward.approval.ReviewItem;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.identity.TestUsers;
import org.steward.identity.UserProvisioning;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.RegisterSeeding;

/** The inbox against the database, with models taken through the real workflow by the demo users. */
@SpringBootTest
class MyWorkTest {

    private static final PageRequest ALL = PageRequest.of(0, 1000);

    @Autowired
    MyWork work;

    @Autowired
    ApprovalWorklist worklist;

    @Autowired
    org.steward.cost.CostLedger costs;

    @Autowired
    org.steward.monitoring.Monitoring monitoring;

    @Autowired
    org.steward.card.FeedbackDesk feedback;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    ModelRegister register;

    @Autowired
    RegisterSeeding seeding;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    RunAs runAs;

    @Autowired
    Clock clock;

    ApprovalFixtures f;

    @BeforeEach
    void setUp() {
        f = new ApprovalFixtures(runAs, register, workflow, seeding);
    }

    private List<Long> reviewOf(String user, Role... roles) {
        return f.as(user, () -> {
            var items = work.awaitingReview(ALL);
            assertThat(work.countAwaitingReview()).isEqualTo(items.size());
            return items.stream().map(ReviewItem::modelId).toList();
        }, roles);
    }

    private List<ReturnedItem> returnedOf(String user, Role... roles) {
        return f.as(user, () -> {
            var items = work.returned(ALL);
            assertThat(work.countReturned()).isEqualTo(items.size());
            return items;
        }, roles);
    }

    private List<ConditionDue> conditionsOf(MyWork service, String user, Role... roles) {
        return f.as(user, () -> {
            var items = service.conditionsDue(ALL);
            assertThat(service.countConditionsDue()).isEqualTo(items.size());
            return items;
        }, roles);
    }

    @Test
    void the_owner_sees_a_submitted_version_and_the_submitter_does_not() {
        var model = f.lowRisk();
        f.submitted(model, "1.0.0");

        assertThat(reviewOf("owner", Role.BUSINESS_OWNER)).contains(model.id());
        var item = f.as("owner", () -> work.awaitingReview(ALL), Role.BUSINESS_OWNER).stream()
                .filter(i -> i.modelId() == model.id()).findFirst().orElseThrow();
        assertThat(item.modelName()).isEqualTo(model.name());
        assertThat(item.label()).isEqualTo("1.0.0");
        assertThat(item.submittedBy()).isEqualTo("dev");
        assertThat(item.submittedAt()).isNotNull();

        assertThat(reviewOf("dev", Role.MODEL_DEVELOPER)).doesNotContain(model.id());
        assertThat(reviewOf("owner2", Role.BUSINESS_OWNER)).as("not their model").doesNotContain(model.id());
        assertThat(reviewOf("risk", Role.RISK_OFFICER)).as("low risk needs no risk officer")
                .doesNotContain(model.id());
    }

    @Test
    void request_changes_sends_the_version_back_to_its_submitter() {
        var model = f.lowRisk();
        var submitted = f.submitted(model, "1.0.0");
        assertThat(returnedOf("dev", Role.MODEL_DEVELOPER)).noneMatch(r -> r.modelId() == model.id());

        f.as("owner", () -> workflow.requestChanges(model.id(), "1.0.0",
                DecisionRequest.of("Please add the Q2 holdout results.", submitted.version())), Role.BUSINESS_OWNER);

        assertThat(reviewOf("owner", Role.BUSINESS_OWNER)).doesNotContain(model.id());
        assertThat(returnedOf("dev", Role.MODEL_DEVELOPER)).filteredOn(r -> r.modelId() == model.id())
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(ApprovalStatus.CHANGES_REQUESTED);
                    assertThat(r.rationale()).isEqualTo("Please add the Q2 holdout results.");
                    assertThat(r.decidedBy()).isEqualTo("owner");
                    assertThat(r.label()).isEqualTo("1.0.0");
                });
        assertThat(returnedOf("dev2", Role.MODEL_DEVELOPER)).as("only the submitter")
                .noneMatch(r -> r.modelId() == model.id());

        var back = f.current(model, "1.0.0");
        f.as("dev", () -> workflow.submit(model.id(), "1.0.0",
                DecisionRequest.of("Added the holdout results.", back.version())), Role.MODEL_DEVELOPER);
        assertThat(returnedOf("dev", Role.MODEL_DEVELOPER)).noneMatch(r -> r.modelId() == model.id());
        assertThat(reviewOf("owner", Role.BUSINESS_OWNER)).as("resubmitted: a new round").contains(model.id());
    }

    @Test
    void a_rejected_version_comes_back_with_the_rejection() {
        var model = f.lowRisk();
        var submitted = f.submitted(model, "1.0.0");
        f.as("owner", () -> workflow.reject(model.id(), "1.0.0",
                DecisionRequest.of("The use case is not worth the risk.", submitted.version())), Role.BUSINESS_OWNER);

        assertThat(returnedOf("dev", Role.MODEL_DEVELOPER)).filteredOn(r -> r.modelId() == model.id())
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(ApprovalStatus.REJECTED);
                    assertThat(r.rationale()).isEqualTo("The use case is not worth the risk.");
                });
    }

    @Test
    void versions_i_registered_never_wait_for_my_review() {
        var ownerDev = TestUsers.create(provisioning, "inbox-owner-dev", Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER);
        var model = f.model(ownerDev, EuRiskCategory.MINIMAL, InternalRiskTier.LOW);
        var draft = f.as(ownerDev, () -> register.registerVersion(model.id(), ApprovalFixtures.version("1.0.0", true)),
                Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER);
        f.as("dev", () -> workflow.submit(model.id(), "1.0.0", DecisionRequest.of("Ready for review, please.",
                draft.version())), Role.MODEL_DEVELOPER);

        assertThat(reviewOf(ownerDev, Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER)).doesNotContain(model.id());
    }

    @Test
    void risk_officers_see_high_risk_versions_until_one_of_them_approves() {
        var high = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        f.seeded(high, "1.0.0", ApprovalStatus.SUBMITTED);
        var medium = f.model(EuRiskCategory.LIMITED, InternalRiskTier.MEDIUM);
        f.seeded(medium, "1.0.0", ApprovalStatus.SUBMITTED);

        assertThat(reviewOf("risk", Role.RISK_OFFICER)).contains(high.id()).doesNotContain(medium.id());
        assertThat(reviewOf("owner", Role.BUSINESS_OWNER)).contains(high.id(), medium.id());
        assertThat(reviewOf("auditor", Role.AUDITOR)).doesNotContain(high.id(), medium.id());
    }

    @Test
    void conditions_due_soon_and_overdue_reach_the_owner_and_the_submitter() {
        var model = f.lowRisk();
        var submitted = f.submitted(model, "1.0.0");
        var today = LocalDate.now(clock);
        var soon = new Condition("Re-validate on Q3 data " + model.id(), today.plusDays(5));
        var later = new Condition("Fairness audit " + model.id(), today.plusDays(30));
        f.as("owner", () -> workflow.approve(model.id(), "1.0.0", new DecisionRequest(
                "Meets the KPI targets on holdout.", submitted.version(), List.of(soon, later), false)),
                Role.BUSINESS_OWNER);

        for (var user : List.of("owner", "dev")) {
            assertThat(conditionsOf(work, user, Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER))
                    .filteredOn(c -> c.modelId() == model.id())
                    .singleElement().satisfies(c -> {
                        assertThat(c.text()).isEqualTo(soon.text());
                        assertThat(c.due()).isEqualTo(soon.due());
                        assertThat(c.daysLeft()).isEqualTo(5);
                        assertThat(c.overdue()).isFalse();
                        assertThat(c.approvedBy()).isEqualTo("owner");
                    });
        }
        assertThat(conditionsOf(work, "owner2", Role.BUSINESS_OWNER)).noneMatch(c -> c.modelId() == model.id());

        var inTwentyDays = new MyWork(worklist, costs, monitoring, feedback,
                Clock.offset(clock, Duration.ofDays(20)));
        assertThat(conditionsOf(inTwentyDays, "owner", Role.BUSINESS_OWNER))
                .filteredOn(c -> c.modelId() == model.id())
                .extracting(ConditionDue::text, ConditionDue::daysLeft, ConditionDue::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(soon.text(), -15L, true),
                        org.assertj.core.groups.Tuple.tuple(later.text(), 10L, false));
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> work.countAwaitingReview())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
