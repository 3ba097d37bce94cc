package org.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionView;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterFilter;
import org.steward.register.VersionView;

@SpringBootTest
class DemoRegisterTest {

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RunAs runAs;

    @Test
    void the_demo_register_has_versions_in_every_workflow_state() {
        var statuses = runAs.call("auditor", Set.of(Role.AUDITOR), () -> {
            var seen = EnumSet.noneOf(ApprovalStatus.class);
            for (var name : DemoRegister.MODELS.stream().map(DemoRegister.DemoModel::name).toList()) {
                var model = register.list(new RegisterFilter(name, null, null, null, null, null), PageRequest.of(0, 5))
                        .stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
                register.versions(model.id(), PageRequest.of(0, 20)).stream().map(VersionView::status)
                        .forEach(seen::add);
            }
            return seen;
        });

        assertThat(statuses).containsExactlyInAnyOrder(ApprovalStatus.values());
    }

    @Test
    void changes_requested_and_suspended_demo_versions_got_there_through_real_decisions() {
        var sentBack = decisions("Telecom churn propensity", "3.2.0");
        var suspended = decisions("Store demand forecast", "4.0.0");

        assertThat(sentBack).extracting(d -> d.kind().name()).containsExactly("SUBMIT", "REQUEST_CHANGES");
        assertThat(sentBack.getLast().actor()).isEqualTo("owner2");
        assertThat(suspended).extracting(d -> d.kind().name())
                .containsExactly("SUBMIT", "APPROVE", "DEPLOY", "SUSPEND");
    }

    private java.util.List<DecisionView> decisions(String modelName, String label) {
        return runAs.call("auditor", Set.of(Role.AUDITOR), () -> {
            var model = register.list(new RegisterFilter(modelName, null, null, null, null, null),
                    PageRequest.of(0, 5)).getFirst();
            return workflow.decisions(model.id(), label);
        });
    }
}
