package org.steward.approval;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;

/** One decision about a version, immutable once taken: who, acting as what, why, and what the gates showed. */
@Entity
@Table(name = "approval_decision")
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "version_label", nullable = false, updatable = false)
    private String label = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DecisionKind kind = DecisionKind.SUBMIT;

    @Column(nullable = false, updatable = false)
    private String actor = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "acted_as", nullable = false, updatable = false)
    private Role actedAs = Role.MODEL_DEVELOPER;

    @Column(nullable = false, updatable = false, length = DecisionRequest.RATIONALE_MAX)
    private String rationale = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_condition", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<Condition> conditions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    private ApprovalStatus from = ApprovalStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ApprovalStatus to = ApprovalStatus.DRAFT;

    @Column(name = "gates_overridden", nullable = false, updatable = false)
    private boolean gatesOverridden;

    @Column(name = "gate_results", nullable = false, updatable = false, length = 8000)
    private String gateResults = "[]";

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant at = Instant.EPOCH;

    protected Decision() {
    }

    Decision(long modelId, long versionId, String label, DecisionKind kind, String actor, Role actedAs,
             String rationale, List<Condition> conditions, ApprovalStatus from, ApprovalStatus to,
             boolean gatesOverridden, String gateResults, Instant at) {
        this.modelId = modelId;
        this.versionId = versionId;
        this.label = label;
        this.kind = kind;
        this.actor = actor;
        this.actedAs = actedAs;
        this.rationale = rationale;
        this.conditions.addAll(conditions);
        this.from = from;
        this.to = to;
        this.gatesOverridden = gatesOverridden;
        this.gateResults = gateResults;
        this.at = at;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("decision not saved yet");
        }
        return id;
    }

    long modelId() {
        return modelId;
    }

    long versionId() {
        return versionId;
    }

    String label() {
        return label;
    }

    DecisionKind kind() {
        return kind;
    }

    String actor() {
        return actor;
    }

    Role actedAs() {
        return actedAs;
    }

    String rationale() {
        return rationale;
    }

    List<Condition> conditions() {
        return List.copyOf(conditions);
    }

    ApprovalStatus from() {
        return from;
    }

    ApprovalStatus to() {
        return to;
    }

    boolean gatesOverridden() {
        return gatesOverridden;
    }

    String gateResults() {
        return gateResults;
    }

    Instant at() {
        return at;
    }
}
