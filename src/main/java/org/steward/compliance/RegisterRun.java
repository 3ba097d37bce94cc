package org.steward.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.steward.compliance.check.ModelCompliance;
import org.steward.ledger.VerificationResult;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterFilter;

/**
 * Assesses every model the caller may see, page by page through the register, sharing one ledger verification;
 * models registered after {@code at} are left out.
 */
@Component
class RegisterRun {

    private static final int PAGE = 100;

    private final ModelRegister register;
    private final Assessments assessments;

    RegisterRun(ModelRegister register, Assessments assessments) {
        this.register = register;
        this.assessments = assessments;
    }

    List<ModelCompliance> assessAll(Instant at, boolean now, VerificationResult verification) {
        var all = new ArrayList<ModelCompliance>();
        for (int page = 0; ; page++) {
            var models = register.list(RegisterFilter.NONE, PageRequest.of(page, PAGE, Sort.by("name", "id")));
            for (var summary : models) {
                var model = register.get(summary.id());
                if (!model.createdAt().isAfter(at)) {
                    all.add(assessments.assess(model, at, now, verification));
                }
            }
            if (models.size() < PAGE) {
                return all;
            }
        }
    }
}
