package org.steward.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The recorded data-protection facts of one model; created on the first change. */
@Entity
@Table(name = "model_data_protection")
class ModelProtection {

    static final int REFERENCE_MAX = 120;
    static final int TEXT_MAX = 2000;
    static final int MAX_RETENTION_DAYS = 3650;

    @Id
    @Column(name = "model_id")
    private long modelId;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis")
    private @Nullable LawfulBasis lawfulBasis;

    @Column(name = "dpia_reference", length = REFERENCE_MAX)
    private @Nullable String dpiaReference;

    @Column(name = "dpia_date")
    private @Nullable LocalDate dpiaDate;

    // one category per line
    @Column(name = "data_categories", nullable = false, length = TEXT_MAX)
    private String dataCategories = "";

    @Column(name = "retention_days")
    private @Nullable Integer retentionDays;

    @Column(name = "legal_hold", nullable = false)
    private boolean legalHold;

    @Column(name = "legal_hold_reason", length = TEXT_MAX)
    private @Nullable String legalHoldReason;

    @Column(name = "legal_hold_by")
    private @Nullable String legalHoldBy;

    @Column(name = "legal_hold_at")
    private @Nullable Instant legalHoldAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private @Nullable Long version;

    protected ModelProtection() {
    }

    ModelProtection(long modelId) {
        this.modelId = modelId;
    }

    void apply(ProtectionChange change, String by, Instant at) {
        lawfulBasis = change.lawfulBasis();
        dpiaReference = change.dpiaReference();
        dpiaDate = change.dpiaDate();
        dataCategories = String.join("\n", change.dataCategories());
        retentionDays = change.retentionDays();
        touched(by, at);
    }

    void hold(boolean hold, String reason, String by, Instant at) {
        legalHold = hold;
        legalHoldReason = hold ? reason : null;
        legalHoldBy = hold ? by : null;
        legalHoldAt = hold ? at : null;
        touched(by, at);
    }

    private void touched(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    long version() {
        return version == null ? 0 : version;
    }

    @Nullable Integer retentionDays() {
        return retentionDays;
    }

    boolean legalHold() {
        return legalHold;
    }

    ProtectionFacts facts(int defaultRetentionDays) {
        var categories = dataCategories.isEmpty() ? List.<String>of() : Arrays.asList(dataCategories.split("\n"));
        return new ProtectionFacts(modelId, lawfulBasis, dpiaReference, dpiaDate, categories,
                retentionDays == null ? defaultRetentionDays : retentionDays, retentionDays == null, legalHold,
                legalHoldReason, legalHoldBy, legalHoldAt, updatedBy, updatedAt, version());
    }
}
