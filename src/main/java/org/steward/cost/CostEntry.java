package org.steward.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** One recorded cost of a model; immutable once stored (a correction is a new entry, e.g. a credit). */
@Entity
@Table(name = "cost_entry")
class CostEntry {

    static final int NOTE_MAX = 2000;
    static final int KEY_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "version_label", updatable = false, length = 64)
    private @Nullable String versionLabel;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate start = LocalDate.EPOCH;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate end = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private CostCategory category = CostCategory.OTHER;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount = BigDecimal.ZERO;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private CostSource source = CostSource.MANUAL;

    @Column(updatable = false, length = NOTE_MAX)
    private @Nullable String note;

    @Column(name = "import_key", updatable = false, length = KEY_MAX)
    private @Nullable String importKey;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy = "";

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt = Instant.EPOCH;

    @Version
    private long version;

    protected CostEntry() {
    }

    CostEntry(long modelId, CostEntryView.Details d, CostSource source, @Nullable String importKey,
              String recordedBy, Instant recordedAt) {
        this.modelId = modelId;
        this.versionLabel = d.version();
        this.start = d.start();
        this.end = d.end();
        this.category = d.category();
        this.amount = Money.stored(d.amount());
        this.currency = d.currency().getCurrencyCode();
        this.source = source;
        this.note = d.note();
        this.importKey = importKey;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long modelId() {
        return modelId;
    }

    CostBook.Entry bookEntry() {
        return new CostBook.Entry(start, end, category, amount, Currency.getInstance(currency));
    }

    CostEntryView view() {
        if (id == null) {
            throw new IllegalStateException("cost entry not saved yet");
        }
        return new CostEntryView(id, modelId, new CostEntryView.Details(versionLabel, start, end, category, amount,
                Currency.getInstance(currency), note), source, importKey, recordedBy, recordedAt);
    }
}
