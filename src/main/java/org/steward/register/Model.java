package org.steward.register;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "model")
class Model {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = ModelDetails.NAME_MAX)
    private String name = "";

    private @Nullable String description;

    @Column(name = "business_domain", nullable = false)
    private String businessDomain = "";

    @Column(name = "owner_username", nullable = false)
    private String owner = "";

    @Column(name = "developer_team")
    private @Nullable String developerTeam;

    @Embedded
    private @Nullable BusinessObjective objective;

    @ElementCollection
    @CollectionTable(name = "model_kpi", joinColumns = @JoinColumn(name = "model_id"))
    @OrderColumn(name = "position")
    private List<Kpi> kpis = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "eu_risk_category", nullable = false)
    private EuRiskCategory euRiskCategory = EuRiskCategory.MINIMAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "internal_risk_tier", nullable = false)
    private InternalRiskTier internalRiskTier = InternalRiskTier.LOW;

    @Column(name = "risk_justification", nullable = false)
    private String riskJustification = "";

    @Column(name = "intended_use")
    private @Nullable String intendedUse;

    @Column(name = "out_of_scope_use")
    private @Nullable String outOfScopeUse;

    @ElementCollection
    @CollectionTable(name = "model_tag", joinColumns = @JoinColumn(name = "model_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @Column(name = "review_date")
    private @Nullable LocalDate reviewDate;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected Model() {
    }

    Model(ModelDetails details, String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(details, now);
    }

    void apply(ModelDetails d, Instant now) {
        name = d.name().strip();
        description = d.description();
        businessDomain = d.businessDomain().strip();
        owner = d.owner();
        developerTeam = d.developerTeam();
        objective = d.objective();
        kpis.clear();
        kpis.addAll(d.kpis());
        euRiskCategory = d.euRiskCategory();
        internalRiskTier = d.internalRiskTier();
        riskJustification = d.riskJustification();
        intendedUse = d.intendedUse();
        outOfScopeUse = d.outOfScopeUse();
        tags.clear();
        tags.addAll(d.tags());
        reviewDate = d.reviewDate();
        updatedAt = now;
    }

    ModelDetails details() {
        return new ModelDetails(name, description, businessDomain, owner, developerTeam,
                objective == null ? BusinessObjective.EMPTY : objective, List.copyOf(kpis), euRiskCategory,
                internalRiskTier, riskJustification, intendedUse, outOfScopeUse, List.copyOf(tags), reviewDate);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("model not saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    String owner() {
        return owner;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
