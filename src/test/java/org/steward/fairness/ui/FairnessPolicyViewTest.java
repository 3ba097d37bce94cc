package org.steward.fairness.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.RiskLevel;
import org.steward.base.ui.NotFoundView;
import org.steward.fairness.FairnessPolicies;
import org.steward.fairness.FairnessPolicyVersion;
import org.steward.fairness.measure.MeasureLimit;
import org.steward.identity.Role;
import org.steward.register.ui.BrowserlessUiTest;

/** The fairness policy view: what each risk level checks, its history, and a risk officer's change. */
class FairnessPolicyViewTest extends BrowserlessUiTest {

    @Autowired
    FairnessPolicies policies;

    private FairnessPolicyVersion current(RiskLevel level) {
        return runAs.call("auditor", Set.of(Role.AUDITOR), () -> policies.current(level));
    }

    @Test
    @WithUserDetails("risk")
    void a_risk_officer_changes_the_low_risk_policy_with_a_rationale() {
        var before = current(RiskLevel.LOW);
        var days = before.spec().reauditDays() == 200 ? 201 : 200;
        navigate(FairnessPolicyView.class);

        click("policy-edit-LOW");
        test($(IntegerField.class).id("policy-reaudit-days")).setValue(days);
        test(textArea("policy-rationale")).setValue("Low-risk models drift too; audit them more often.");
        click("policy-save");

        assertThat(lastNotification()).isEqualTo("The low risk fairness policy is now v" + (before.version() + 1)
                + ".");
        var after = current(RiskLevel.LOW);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.spec().reauditDays()).isEqualTo(days);
        assertThat(after.spec().limits()).isEqualTo(before.spec().limits());
        assertThat(after.changedBy()).isEqualTo("risk");
        Grid<FairnessPolicyVersion> history = grid("policy-history-LOW");
        assertThat(rows(history).getFirst().version()).isEqualTo(after.version());
        assertThat($(Span.class).id("policy-settings-LOW").getText()).contains("re-audit every " + days + " days");
    }

    @Test
    @WithUserDetails("risk")
    void a_short_rationale_is_marked_and_nothing_changes() {
        var before = current(RiskLevel.LOW);
        navigate(FairnessPolicyView.class);

        click("policy-edit-LOW");
        test($(IntegerField.class).id("policy-reaudit-days")).setValue(99);
        test(textArea("policy-rationale")).setValue("because");
        click("policy-save");

        assertThat(textArea("policy-rationale").isInvalid()).isTrue();
        assertThat($(Dialog.class).all()).anyMatch(Dialog::isOpened);
        assertThat(current(RiskLevel.LOW)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("auditor")
    void auditors_read_every_level_without_changing_it() {
        navigate(FairnessPolicyView.class);

        assertThat(exists("policy-edit-HIGH")).isFalse();
        Grid<MeasureLimit> rules = grid("policy-rules-HIGH");
        assertThat(rows(rules)).isEqualTo(current(RiskLevel.HIGH).spec().limits());
        assertThat(rows(grid("policy-history-MEDIUM"))).isNotEmpty();
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Fairness policy");
    }

    @Test
    @WithUserDetails("dev")
    void developers_cannot_open_the_policy_view() {
        assertThatThrownBy(() -> navigate(FairnessPolicyView.class)).isInstanceOf(IllegalArgumentException.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
