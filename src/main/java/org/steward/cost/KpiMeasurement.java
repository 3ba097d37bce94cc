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
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** The measured value of a KPI of the model in a month; measuring it again replaces it. */
@Entity
@Table(name = "kpi_measurement")
class KpiMeasurement {

    static final int SCALE = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "kpi_name", nullable = false, updatable = false, length = 120)
    private String kpi = "";

    @Column(nullable = false, updatable = false)
    private LocalDate period = LocalDate.EPOCH;

    @Column(nullable = false, precision = 19, scale = SCALE)
    private BigDecimal measured = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CostSource source = CostSource.MANUAL;

    @Column(length = CostEntry.NOTE_MAX)
    private @Nullable String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy = "";

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    @Version
    private long version;

    protected KpiMeasurement() {
    }

    KpiMeasurement(long modelId, String kpi, YearMonth month) {
        this.modelId = modelId;
        this.kpi = kpi;
        this.period = month.atDay(1);
    }

    void set(BigDecimal value, CostSource source, @Nullable String note, String by, Instant at) {
        this.measured = value.setScale(SCALE, RoundingMode.HALF_EVEN);
        this.source = source;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    long modelId() {
        return modelId;
    }

    String kpi() {
        return kpi;
    }

    YearMonth month() {
        return YearMonth.from(period);
    }

    BigDecimal measured() {
        return measured;
    }

    KpiValue view() {
        return new KpiValue(modelId, kpi, month(), measured.stripTrailingZeros(), source, note, recordedBy,
                recordedAt);
    }
}
