package org.steward.register.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.ModelSummary;

class RegisterViewTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("dev")
    void developer_sees_the_demo_models_with_a_register_button() {
        var view = navigate(RegisterView.class);

        assertThat(names(rows(view.grid))).contains("Retail credit scoring", "AML transaction monitoring",
                "Employee attrition risk", "Sepsis early warning");
        assertThat(exists("new-model")).isTrue();
    }

    @Test
    @WithUserDetails("dev")
    void filtering_by_eu_category_shows_only_models_of_that_category() {
        var view = navigate(RegisterView.class);

        test(view.filters.euCategory).selectItem("High risk");

        var rows = rows(view.grid);
        assertThat(rows).isNotEmpty().allMatch(m -> m.euRiskCategory() == EuRiskCategory.HIGH);
        assertThat(names(rows)).contains("Retail credit scoring", "Sepsis early warning")
                .doesNotContain("Store demand forecast");
    }

    @Test
    @WithUserDetails("dev")
    void searching_narrows_the_list_to_matching_models() {
        var view = navigate(RegisterView.class);

        test(textField("register-search")).setValue("sepsis");

        assertThat(names(rows(view.grid))).contains("Sepsis early warning").doesNotContain("Retail credit scoring");
    }

    @Test
    @WithUserDetails("risk")
    void sorting_by_eu_category_is_done_by_the_register() {
        var view = navigate(RegisterView.class);
        var grid = test(view.grid);

        assertThat(grid.isColumnSortable("name")).isTrue();
        assertThat(grid.isColumnSortable("latestVersion")).isFalse();
        grid.sortByColumn("euRiskCategory", SortDirection.ASCENDING);

        // the categories are stored by enum name, so the database orders them alphabetically
        assertThat(rows(view.grid)).extracting(m -> m.euRiskCategory().name()).isSorted();
    }

    @Test
    @WithUserDetails("dev")
    void clicking_a_row_opens_the_model_page() {
        var view = navigate(RegisterView.class);
        test(textField("register-search")).setValue("Sepsis early warning");

        test(view.grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(ModelDetailView.class);
        assertThat($(H2.class).id("model-title").getText())
                .isEqualTo("Sepsis early warning");
    }

    @Test
    @WithUserDetails("enduser")
    void end_user_sees_only_approved_or_deployed_models_and_cannot_register() {
        var view = navigate(RegisterView.class);

        var rows = rows(view.grid);
        assertThat(names(rows)).contains("Employee attrition risk", "Store demand forecast")
                .doesNotContain("AML transaction monitoring", "CV screening ranker");
        assertThat(rows).extracting(ModelSummary::latestStatus).allMatch(ApprovalStatus.VISIBLE_TO_END_USERS::contains);
        assertThat(exists("new-model")).isFalse();
    }

    @Test
    @WithUserDetails("auditor")
    void auditor_reads_the_whole_register_but_cannot_register_models() {
        var view = navigate(RegisterView.class);

        assertThat(names(rows(view.grid))).contains("AML transaction monitoring");
        assertThat(exists("new-model")).isFalse();
    }

    @Test
    @WithUserDetails("owner")
    void business_owner_can_register_models() {
        navigate(RegisterView.class);

        assertThat(exists("new-model")).isTrue();
    }
}
