package org.steward.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** How many predictions a model served in a month, as recorded by a user or a pipeline. */
@Entity
@Table(name = "prediction_volume")
class PredictionVolume {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(nullable = false, updatable = false)
    private LocalDate period = LocalDate.EPOCH;

    @Column(nullable = false)
    private long predictions;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy = "";

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    @Version
    private long version;

    protected PredictionVolume() {
    }

    PredictionVolume(long modelId, YearMonth month) {
        this.modelId = modelId;
        this.period = month.atDay(1);
    }

    void set(long predictions, String by, Instant at) {
        this.predictions = predictions;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    long modelId() {
        return modelId;
    }

    YearMonth month() {
        return YearMonth.from(period);
    }

    long predictions() {
        return predictions;
    }
}
