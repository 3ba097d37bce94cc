package org.steward.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything a user enters about a model; used to register and to update it. */
public record ModelDetails(
        @NotBlank @Size(max = NAME_MAX) String name,
        @Size(max = TEXT_MAX) @Nullable String description,
        @NotBlank @Size(max = DOMAIN_MAX) String businessDomain,
        @NotBlank(message = "choose the business owner") String owner,
        @Size(max = TEAM_MAX) @Nullable String developerTeam,
        @Valid @NotNull BusinessObjective objective,
        @NotNull @Size(max = 20) List<@Valid @NotNull Kpi> kpis,
        @NotNull(message = "choose the EU AI Act category") EuRiskCategory euRiskCategory,
        @NotNull(message = "choose the internal risk tier") InternalRiskTier internalRiskTier,
        @NotBlank(message = "justify the risk tier in a few sentences") @Size(max = TEXT_MAX) String riskJustification,
        @Size(max = TEXT_MAX) @Nullable String intendedUse,
        @Size(max = TEXT_MAX) @Nullable String outOfScopeUse,
        @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = TAG_PATTERN,
                message = "tags use letters, digits and dashes, up to 40 characters") String> tags,
        @Nullable LocalDate reviewDate) {

    public static final int NAME_MAX = 120;
    public static final int DOMAIN_MAX = 64;
    public static final int TEAM_MAX = 120;
    public static final int TEXT_MAX = 4000;
    public static final String TAG_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,39}";

    public ModelDetails {
        description = blankToNull(description);
        developerTeam = blankToNull(developerTeam);
        intendedUse = blankToNull(intendedUse);
        outOfScopeUse = blankToNull(outOfScopeUse);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        tags = tags == null ? List.of()
                : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().sorted().toList();
        objective = objective == null ? BusinessObjective.EMPTY : objective;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
