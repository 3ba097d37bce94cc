package org.steward.register.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.KpiDirection;
import org.steward.register.ModelDetails;
import org.steward.register.RegisterFilter;

class ModelFormTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("dev")
    void developer_registers_a_model_which_then_appears_in_the_register() {
        var view = navigate(RegisterView.class);
        var name = unique("Churn propensity");

        click("new-model");
        var form = $(Dialog.class).id("model-form");
        test(textField("model-name")).setValue(name);
        test(comboBox("model-domain")).selectItem("churn");
        test(comboBox("model-owner")).selectItem("Olivia Owner");
        test(comboBox("model-eu-risk")).selectItem("Minimal risk");
        test(comboBox("model-internal-tier")).selectItem("Medium");
        test(textArea("model-justification")).setValue("Retention offers only; no decision about people.");
        click("add-kpi");
        test($(TextField.class).withLabel("KPI name").single()).setValue("Churn rate");
        test($(TextField.class).withLabel("Unit").single()).setValue("%");
        test($(BigDecimalField.class).withLabel("Target").single()).setValue(new BigDecimal("4.5"));
        test(textField("model-tags")).setValue("churn, retention");
        click("model-save");

        assertThat(form.isOpened()).isFalse();
        assertThat(lastNotification()).contains("Registered " + name);
        test(view.filters.search).setValue(name);
        assertThat(names(rows(view.grid))).containsExactly(name);
        var stored = register.get(idOf(name)).details();
        assertThat(stored.owner()).isEqualTo("owner");
        assertThat(stored.euRiskCategory()).isEqualTo(EuRiskCategory.MINIMAL);
        assertThat(stored.internalRiskTier()).isEqualTo(InternalRiskTier.MEDIUM);
        assertThat(stored.tags()).containsExactly("churn", "retention");
        assertThat(stored.kpis()).singleElement().satisfies(k -> {
            assertThat(k.target()).isEqualByComparingTo("4.5");
            assertThat(k.direction()).isEqualTo(KpiDirection.HIGHER_IS_BETTER);
        });
    }

    @Test
    @WithUserDetails("dev")
    void blank_name_and_missing_justification_are_marked_on_their_fields_and_nothing_is_stored() {
        navigate(RegisterView.class);
        var marker = unique("marker").replace(' ', '-');

        click("new-model");
        var form = $(Dialog.class).id("model-form");
        test(textArea("model-description")).setValue(marker);
        test(comboBox("model-domain")).selectItem("fraud");
        test(comboBox("model-owner")).selectItem("Oscar Okafor");
        test(comboBox("model-eu-risk")).selectItem("Limited risk");
        test(comboBox("model-internal-tier")).selectItem("Low");
        click("add-kpi");
        click("model-save");

        assertThat(form.isOpened()).isTrue();
        var name = textField("model-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
        var justification = textArea("model-justification");
        assertThat(justification.isInvalid()).isTrue();
        assertThat(justification.getErrorMessage()).isEqualTo("justify the risk tier in a few sentences");
        assertThat($(TextField.class).withLabel("KPI name").single().isInvalid()).isTrue();
        assertThat(textField("model-tags").isInvalid()).isFalse();
        assertThat(lastNotification()).contains("highlighted fields");
        assertThat(register.count(new RegisterFilter(marker, null, null, null, null, null))).isZero();
    }

    @Test
    @WithUserDetails("dev")
    void a_corrected_form_saves_after_errors() {
        var view = navigate(RegisterView.class);
        var name = unique("Corrected model");

        click("new-model");
        var form = $(Dialog.class).id("model-form");
        test(textField("model-name")).setValue(name);
        test(comboBox("model-domain")).selectItem("credit");
        test(comboBox("model-owner")).selectItem("Olivia Owner");
        test(comboBox("model-eu-risk")).selectItem("High risk");
        test(comboBox("model-internal-tier")).selectItem("High");
        click("model-save");
        assertThat(textArea("model-justification").isInvalid()).isTrue();

        test(textArea("model-justification")).setValue("Creditworthiness of natural persons (Annex III).");
        assertThat(textArea("model-justification").isInvalid()).isFalse();
        click("model-save");

        assertThat(form.isOpened()).isFalse();
        test(view.filters.search).setValue(name);
        assertThat(names(rows(view.grid))).containsExactly(name);
    }

    @Test
    @WithUserDetails("owner")
    void business_owner_edits_their_own_model() {
        var model = registerModel(unique("Owner's model"), "owner");
        openModel(model.id());

        click("edit-model");
        var form = $(Dialog.class).id("model-form");
        assertThat(textField("model-name").getValue()).isEqualTo(model.name());
        test(textArea("model-description")).setValue("Now with a better description.");
        click("model-save");

        assertThat(form.isOpened()).isFalse();
        assertThat(lastNotification()).contains("Saved " + model.name());
        assertThat($(Paragraph.class).id("overview-description").getText()).isEqualTo("Now with a better description.");
        assertThat(register.get(model.id()).details().description()).isEqualTo("Now with a better description.");
    }

    @Test
    @WithUserDetails("owner")
    void business_owner_cannot_edit_someone_elses_model() {
        openModel(idOf("AML transaction monitoring"));

        assertThat(exists("edit-model")).isFalse();
    }

    @Test
    @WithUserDetails("dev")
    void a_stale_edit_is_refused_with_an_explanation_and_the_form_stays_open() {
        var model = registerModel(unique("Contended model"), "owner2");
        openModel(model.id());
        click("edit-model");
        var form = $(Dialog.class).id("model-form");
        var d = model.details();
        register.update(model.id(), model.version(), new ModelDetails(d.name(), "Changed elsewhere.",
                d.businessDomain(), d.owner(), d.developerTeam(), d.objective(), d.kpis(), d.euRiskCategory(),
                d.internalRiskTier(), d.riskJustification(), d.intendedUse(), d.outOfScopeUse(), d.tags(),
                d.reviewDate()));

        test(textArea("model-description")).setValue("Changed here.");
        click("model-save");

        assertThat(form.isOpened()).isTrue();
        assertThat(lastNotification()).contains("changed by someone else");
        assertThat(register.get(model.id()).details().description()).isEqualTo("Changed elsewhere.");
    }
}
