package org.steward.register.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.register.BusinessObjective;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.Kpi;
import org.steward.register.KpiDirection;
import org.steward.register.ModelView;

/** A model as the API returns it; send {@code version} back unchanged when you update the model. */
record ModelResponse(
        long id,
        String name,
        @Nullable String description,
        String businessDomain,
        String owner,
        @Nullable String developerTeam,
        Objective objective,
        List<KpiResponse> kpis,
        EuRiskCategory euRiskCategory,
        InternalRiskTier internalRiskTier,
        String riskJustification,
        @Nullable String intendedUse,
        @Nullable String outOfScopeUse,
        List<String> tags,
        @Nullable LocalDate reviewDate,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** Why the model exists: the problem, the decision it supports and who is affected by it. */
    record Objective(@Nullable String problemStatement, @Nullable String decisionSupported,
                     @Nullable String affectedParties) {

        static Objective of(BusinessObjective o) {
            return new Objective(o.problemStatement(), o.decisionSupported(), o.affectedParties());
        }
    }

    /** A KPI with its target written out in full (1200, not 1.2E+3). */
    record KpiResponse(String name, String unit, BigDecimal target, KpiDirection direction) {

        static KpiResponse of(Kpi kpi) {
            return new KpiResponse(kpi.name(), kpi.unit(), new BigDecimal(kpi.target().toPlainString()), kpi.direction());
        }
    }

    static ModelResponse of(ModelView view) {
        var d = view.details();
        return new ModelResponse(view.id(), d.name(), d.description(), d.businessDomain(), d.owner(),
                d.developerTeam(), Objective.of(d.objective()), d.kpis().stream().map(KpiResponse::of).toList(), d.euRiskCategory(),
                d.internalRiskTier(), d.riskJustification(), d.intendedUse(), d.outOfScopeUse(), d.tags(),
                d.reviewDate(), view.createdBy(), view.createdAt(), view.updatedAt(), view.version());
    }
}
