package org.steward.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.steward.approval.DecisionView;
import org.steward.evidence.ModelState.VersionState;
import org.steward.ledger.LedgerRecord;
import org.steward.register.ApprovalStatus;
import org.steward.register.Stage;
import org.steward.register.VersionView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a model's ledger trail up to a moment: a version's status is the target of its last status change by
 * then (draft before any), its stage the stage recorded with that change, or, while in draft, the stage recorded
 * when it next changed status (today's stage if it never did) unless it was edited in between. Pure, so that the
 * rules are unit-tested on their own.
 */
final class StateReplay {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REGISTERED = "VERSION_REGISTERED";
    private static final String STATUS_CHANGED = "VERSION_STATUS_CHANGED";
    private static final String CHANGED = "VERSION_CHANGED";

    private StateReplay() {
    }

    /** One recorded event about a version, its payload read. */
    private record Recorded(long seq, Instant at, String action, JsonNode payload) {

        boolean movesStatus() {
            return action.equals(STATUS_CHANGED);
        }

        /** A status change, or a draft edit of the stage (whose new value the event does not carry). */
        boolean touchesStage() {
            if (movesStatus()) {
                return true;
            }
            if (!action.equals(CHANGED)) {
                return false;
            }
            for (var field : payload.path("fields")) {
                if (field.asString().equals("stage")) {
                    return true;
                }
            }
            return false;
        }

        ApprovalStatus to() {
            return ApprovalStatus.valueOf(payload.path("to").asString());
        }

        @Nullable Stage stage(String key) {
            var value = payload.path(key);
            return value.isString() ? Stage.valueOf(value.asString()) : null;
        }
    }

    static ModelState replay(long modelId, Instant at, List<VersionView> versions, List<LedgerRecord> trail,
                             List<DecisionView> decisions) {
        var states = new ArrayList<VersionState>();
        for (var version : versions) {
            var recorded = recorded(trail, version.id());
            var registeredAt = recorded.stream().filter(r -> r.action().equals(REGISTERED)).findFirst()
                    .map(Recorded::at).orElse(version.registeredAt());
            if (registeredAt.isAfter(at)) {
                continue;
            }
            var before = recorded.stream().filter(r -> !r.at().isAfter(at)).toList();
            var after = recorded.stream().filter(r -> r.at().isAfter(at)).toList();
            var lastMove = last(before, Recorded::movesStatus);
            var status = lastMove.map(Recorded::to).orElse(ApprovalStatus.DRAFT);
            var since = lastMove.map(Recorded::at).orElse(registeredAt);
            var lastDecision = decisions.stream()
                    .filter(d -> d.versionId() == version.id() && !d.at().isAfter(at))
                    .max(Comparator.comparing(DecisionView::at).thenComparing(DecisionView::id))
                    .map(d -> d.kind().label() + " by " + d.actor() + " (" + d.actedAs().label() + "): "
                            + d.rationale())
                    .orElse(null);
            states.add(new VersionState(version.label(), status, stage(version, before, after), since, lastDecision,
                    note(version, recorded)));
        }
        return new ModelState(modelId, at, states);
    }

    private static @Nullable Stage stage(VersionView version, List<Recorded> before, List<Recorded> after) {
        var last = last(before, Recorded::touchesStage);
        if (last.isPresent() && last.get().movesStatus()) {
            var recorded = last.get().stage("toStage");
            if (recorded != null) {
                return recorded;
            }
            return switch (last.get().to()) {
                case DEPLOYED -> Stage.PRODUCTION;
                case RETIRED -> Stage.RETIRED;
                default -> null;
            };
        }
        var next = after.stream().filter(Recorded::touchesStage).findFirst();
        if (next.isEmpty()) {
            return version.details().stage();
        }
        return next.get().movesStatus() ? next.get().stage("fromStage") : null;
    }

    /** Says so when today's status is not what the recorded events lead to (e.g. demo data seeded directly). */
    private static @Nullable String note(VersionView version, List<Recorded> recorded) {
        var replayed = last(recorded, Recorded::movesStatus).map(Recorded::to).orElse(ApprovalStatus.DRAFT);
        if (replayed == version.status()) {
            return null;
        }
        return "Today's status (" + version.status().label() + ") was not reached through recorded events; "
                + "the recorded events lead to " + replayed.label() + ".";
    }

    private static List<Recorded> recorded(List<LedgerRecord> trail, long versionId) {
        return trail.stream()
                .sorted(Comparator.comparingLong(LedgerRecord::seq))
                .filter(e -> e.action().equals(REGISTERED) || e.action().equals(STATUS_CHANGED)
                        || e.action().equals(CHANGED))
                .map(e -> new Recorded(e.seq(), e.occurredAt(), e.action(), JSON.readTree(e.payload())))
                .filter(r -> r.payload().path("versionId").asLong(-1) == versionId)
                .toList();
    }

    private static Optional<Recorded> last(List<Recorded> recorded, java.util.function.Predicate<Recorded> which) {
        return recorded.stream().filter(which).reduce((a, b) -> b);
    }
}
