package org.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.steward.fairness.FairnessAudits;
import org.steward.fairness.measure.Verdict;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterFilter;
import org.steward.validation.ValidationResults;

/** The demo shows a real fairness failure and its corrected successor, both computed by Steward on start-up. */
@SpringBootTest
class DemoSamplesTest {

    private static final String CREDIT = "Retail credit scoring";

    @Autowired
    ModelRegister register;

    @Autowired
    FairnessAudits audits;

    @Autowired
    ValidationResults validations;

    @Autowired
    RunAs runAs;

    @Test
    void the_deployed_credit_model_fails_its_fairness_audit_and_the_submitted_successor_passes() {
        runAs.run("auditor", Set.of(Role.AUDITOR), () -> {
            var model = register.list(new RegisterFilter(CREDIT, null, null, null, null, null), PageRequest.of(0, 5))
                    .stream().filter(m -> m.name().equals(CREDIT)).findFirst().orElseThrow();
            var deployed = audits.latest(model.id(), register.version(model.id(), "1.1.0").id()).orElseThrow();
            var successor = audits.latest(model.id(), register.version(model.id(), "1.2.0").id()).orElseThrow();

            assertThat(deployed.audit().verdict()).isEqualTo(Verdict.FAIL);
            assertThat(deployed.audit().findings()).anyMatch(f -> f.startsWith("Demographic parity ratio on sex"));
            assertThat(successor.audit().verdict()).isEqualTo(Verdict.PASS);
            assertThat(validations.latest(model.id(), "1.2.0")).isPresent();
        });
    }
}
