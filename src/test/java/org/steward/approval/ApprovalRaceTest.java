package org.steward.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.steward.base.ConflictException;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;

/**
 * Reviewers deciding on one submitted version at the same moment: each in its own thread and transaction, all
 * having read the same lock version. Exactly one decision wins; every other gets a conflict and changes nothing.
 */
@SpringBootTest
class ApprovalRaceTest {

    private static final int THREADS = 8;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    ModelRegister register;

    @Autowired
    RunAs runAs;

    @Test
    void of_concurrent_approvals_and_rejections_exactly_one_wins() throws Exception {
        var f = new ApprovalFixtures(runAs, register, workflow, null);
        var model = f.lowRisk();
        var lock = f.submitted(model, "1.0.0").version();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(THREADS);
        var results = new ArrayList<Future<Object>>();
        try {
            for (int i = 0; i < THREADS; i++) {
                var approve = i % 2 == 0;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return runAs.call("owner", java.util.Set.of(Role.BUSINESS_OWNER), () -> approve
                                ? workflow.approve(model.id(), "1.0.0", DecisionRequest.of("Approve: KPIs met.", lock))
                                : workflow.reject(model.id(), "1.0.0", DecisionRequest.of("Reject: KPIs missed.", lock)));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<Object>();
            for (var r : results) {
                outcomes.add(r.get(60, TimeUnit.SECONDS));
            }

            var winners = outcomes.stream().filter(DecisionOutcome.class::isInstance)
                    .map(DecisionOutcome.class::cast).toList();
            var losers = outcomes.stream().filter(o -> !(o instanceof DecisionOutcome)).toList();
            assertThat(winners).hasSize(1);
            assertThat(losers).hasSize(THREADS - 1).allSatisfy(e -> assertThat(e).isInstanceOf(ConflictException.class));
            var winner = winners.getFirst();
            var current = f.current(model, "1.0.0");
            assertThat(current.status()).isEqualTo(winner.version().status())
                    .isIn(ApprovalStatus.APPROVED, ApprovalStatus.REJECTED);
            assertThat(current.version()).isEqualTo(winner.version().version());
            List<DecisionView> decisions = f.as("auditor", () -> workflow.decisions(model.id(), "1.0.0"), Role.AUDITOR);
            assertThat(decisions).extracting(DecisionView::kind)
                    .containsExactly(DecisionKind.SUBMIT, winner.decision().kind());
        } finally {
            pool.shutdownNow();
        }
    }
}
