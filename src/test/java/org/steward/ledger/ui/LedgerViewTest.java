package org.steward.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.ledger.LedgerRecord;
import org.steward.register.BusinessObjective;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelDetails;
import org.steward.register.ModelRegister;

@SpringBootTest
class LedgerViewTest extends SpringBrowserlessTest {

    @Autowired
    ModelRegister register;

    @Autowired
    RunAs runAs;

    @SuppressWarnings("unchecked")
    private List<LedgerRecord> rows() {
        Grid<LedgerRecord> grid = $(Grid.class).id("ledger-grid");
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    @Test
    @WithUserDetails("auditor")
    void auditor_lists_entries_filters_them_and_verifies_the_chain() {
        var name = "Ledger view " + UUID.randomUUID().toString().substring(0, 8);
        var model = runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> register.register(new ModelDetails(name,
                "For the ledger view.", "churn", "owner", null, BusinessObjective.EMPTY, List.of(),
                EuRiskCategory.MINIMAL, InternalRiskTier.LOW, "No decisions about people.", null, null, List.of(),
                null)));

        navigate(LedgerView.class);
        assertThat(rows()).isNotEmpty();

        test($(TextField.class).id("ledger-subject")).setValue("model:" + model.id());
        assertThat(rows()).filteredOn(e -> e.subject().equals("model:" + model.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("MODEL_REGISTERED");
                    assertThat(e.actor()).isEqualTo("dev");
                    assertThat(e.payload()).contains(name);
                });

        assertThat($(Span.class).withId("ledger-verify-result").exists()).as("hidden until verified").isFalse();
        test($(Button.class).id("ledger-verify")).click();

        var result = $(Span.class).id("ledger-verify-result");
        assertThat(result.getText()).startsWith("Intact: ").contains("entries verified");
        assertThat(result.getElement().getAttribute("data-level")).isEqualTo("low");
    }
}
