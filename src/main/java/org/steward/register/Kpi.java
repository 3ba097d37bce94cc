package org.steward.register;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A key performance indicator the model is meant to move, with its target. */
@Embeddable
public record Kpi(
        @NotBlank @Size(max = 120) @Column(name = "name", nullable = false) String name,
        @NotBlank @Size(max = 40) @Column(name = "unit", nullable = false) String unit,
        @NotNull @Column(name = "target", nullable = false) BigDecimal target,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "direction", nullable = false) KpiDirection direction) {

    public Kpi {
        name = name == null ? null : name.strip();
        unit = unit == null ? null : unit.strip();
        // 0.85 and 0.8500 are the same target; the database keeps four decimals
        target = target == null ? null : target.stripTrailingZeros();
    }
}
