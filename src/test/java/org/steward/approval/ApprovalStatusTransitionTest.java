package org.steward.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.register.ApprovalStatus.APPROVED;
import static org.steward.register.ApprovalStatus.CHANGES_REQUESTED;
import static org.steward.register.ApprovalStatus.DEPLOYED;
import static org.steward.register.ApprovalStatus.DRAFT;
import static org.steward.register.ApprovalStatus.REJECTED;
import static org.steward.register.ApprovalStatus.RETIRED;
import static org.steward.register.ApprovalStatus.SUBMITTED;
import static org.steward.register.ApprovalStatus.SUSPENDED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.register.ApprovalStatus;

/** Every pair of statuses: exactly the transitions of the workflow are allowed, all others refused with a reason. */
class ApprovalStatusTransitionTest {

    private static final Map<ApprovalStatus, Set<ApprovalStatus>> ALLOWED = Map.of(
            DRAFT, Set.of(SUBMITTED),
            SUBMITTED, Set.of(CHANGES_REQUESTED, APPROVED, REJECTED),
            CHANGES_REQUESTED, Set.of(SUBMITTED),
            APPROVED, Set.of(DEPLOYED, RETIRED),
            REJECTED, Set.of(),
            DEPLOYED, Set.of(SUSPENDED, RETIRED),
            SUSPENDED, Set.of(DEPLOYED, RETIRED),
            RETIRED, Set.of());

    static Stream<Arguments> pairs() {
        var pairs = new ArrayList<Arguments>();
        for (var from : ApprovalStatus.values()) {
            for (var to : ApprovalStatus.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("pairs")
    void the_transition_table_allows_exactly_the_workflow(ApprovalStatus from, ApprovalStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.next().contains(to)).isEqualTo(allowed);
        if (!allowed) {
            assertThat(from.whyNot(to)).isNotBlank();
        }
    }

    @Test
    void refusals_explain_what_to_do() {
        assertThat(REJECTED.whyNot(DEPLOYED)).isEqualTo("A Rejected version cannot be deployed; register a new version.");
        assertThat(RETIRED.whyNot(DEPLOYED)).contains("register a new version");
        assertThat(DRAFT.whyNot(APPROVED)).isEqualTo("A version that is Draft cannot be approved; it can only be submitted.");
        assertThat(APPROVED.whyNot(APPROVED)).isEqualTo("The version is already Approved.");
    }

    @Test
    void every_decision_targets_a_status_some_status_can_reach() {
        List<ApprovalStatus> reachable = Stream.of(ApprovalStatus.values()).flatMap(s -> s.next().stream()).toList();
        for (var kind : DecisionKind.values()) {
            assertThat(reachable).contains(kind.target());
        }
    }
}
