package org.steward.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.identity.Role;
import org.steward.protection.DataProtection;
import org.steward.protection.LawfulBasis;
import org.steward.register.ModelView;
import org.steward.register.ui.BrowserlessUiTest;

/** The Data protection tab: facts for everyone, edits and legal hold for the owner and risk officers. */
class ProtectionTabTest extends BrowserlessUiTest {

    @Autowired
    DataProtection protection;

    private ModelView model() {
        return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> registerModel(unique("Protection tab"), "owner"));
    }

    private String facts() {
        return $(DescriptionList.class).id("protection-facts").getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("owner")
    void the_owner_records_the_facts_and_they_show_on_the_model_page() {
        var model = model();
        openModel(model.id());
        selectTab("Data protection");
        assertThat(facts()).contains("Lawful basisnot recorded").contains("180 days after upload (default of the "
                + "model's risk level)");

        click("edit-protection");
        var dialog = $(ProtectionDialog.class).single();
        test(dialog.basis).selectItem(LawfulBasis.CONTRACT.label());
        test(dialog.dpia).setValue("DPIA-2026-004");
        dialog.dpiaDate.setValue(LocalDate.of(2026, 2, 1));
        test(dialog.categories).setValue("financial data\nsex\n");
        test(dialog.retention).setValue(90);
        click("protection-save");

        assertThat(facts()).contains("Contract (Art. 6(1)(b))").contains("DPIA-2026-004 of 2026-02-01")
                .contains("financial data, sex").contains("90 days after upload").doesNotContain("default");
        var recorded = runAs.call("auditor", Set.of(Role.AUDITOR), () -> protection.facts(model.id()));
        assertThat(recorded.complete()).isTrue();
        assertThat(recorded.retentionDays()).isEqualTo(90);
    }

    @Test
    @WithUserDetails("risk")
    void a_risk_officer_places_a_legal_hold_with_a_rationale() {
        var model = model();
        openModel(model.id());
        selectTab("Data protection");

        click("legal-hold");
        test(textArea("reason-text")).setValue("Regulator inquiry 2026/3");
        click("reason-confirm");

        assertThat(facts()).contains("by risk: Regulator inquiry 2026/3 (no raw sample is purged)");
        assertThat($(com.vaadin.flow.component.button.Button.class).id("legal-hold").getText())
                .isEqualTo("Lift legal hold");
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_do_not_see_the_tab() {
        openModel(idOf("Employee attrition risk"));

        assertThat(tabLabels()).doesNotContain("Data protection");
    }

    @Test
    @WithUserDetails("dev")
    void developers_read_the_facts_but_change_nothing() {
        var model = model();
        openModel(model.id());
        selectTab("Data protection");

        assertThat(facts()).contains("Retention of raw samples");
        assertThat(exists("edit-protection")).isFalse();
        assertThat(exists("legal-hold")).isFalse();
    }
}
