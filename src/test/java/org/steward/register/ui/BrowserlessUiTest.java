package org.steward.register.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.steward.register.BusinessObjective;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelDetails;
import org.steward.register.ModelRegister;
import org.steward.register.ModelSummary;
import org.steward.register.ModelView;
import org.steward.register.RegisterFilter;

/**
 * Browserless tests of the register's views against the full application with its demo data. All such tests
 * share one context and database, so each names what it creates uniquely.
 */
@SpringBootTest
public abstract class BrowserlessUiTest extends SpringBrowserlessTest {

    @Autowired
    protected RunAs runAs;

    @Autowired
    protected ModelRegister register;

    protected static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A model registered through the service as the signed-in user, owned by {@code owner}. */
    protected ModelView registerModel(String name, String owner) {
        return register.register(new ModelDetails(name, "Created by a browserless test.", "churn", owner, null,
                BusinessObjective.EMPTY, List.of(), EuRiskCategory.MINIMAL, InternalRiskTier.LOW,
                "No decisions about people.", null, null, List.of("test"), null));
    }

    /** The id of a model by exact name, looked up as a developer so that unapproved models are found too. */
    protected long idOf(String name) {
        return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> register
                .list(new RegisterFilter(name, null, null, null, null, null), PageRequest.of(0, 20))
                .stream().filter(m -> m.name().equals(name)).mapToLong(ModelSummary::id).findFirst()
                .orElseThrow());
    }

    protected ModelDetailView openModel(long id) {
        return navigate("models/" + id, ModelDetailView.class);
    }

    protected <T> List<T> rows(Grid<T> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    protected static List<String> names(List<ModelSummary> rows) {
        return rows.stream().map(ModelSummary::name).toList();
    }

    protected List<String> tabLabels() {
        var sheet = $(TabSheet.class).single();
        return IntStream.range(0, sheet.getTabCount()).mapToObj(i -> sheet.getTabAt(i).getLabel()).toList();
    }

    protected void selectTab(String label) {
        test($(TabSheet.class).single()).select(label);
    }

    protected boolean exists(String id) {
        return $(Button.class).withId(id).exists();
    }

    protected void click(String buttonId) {
        test($(Button.class).id(buttonId)).click();
    }

    protected TextField textField(String id) {
        return $(TextField.class).id(id);
    }

    protected TextArea textArea(String id) {
        return $(TextArea.class).id(id);
    }

    @SuppressWarnings("unchecked")
    protected <T> ComboBox<T> comboBox(String id) {
        return $(ComboBox.class).id(id);
    }

    @SuppressWarnings("unchecked")
    protected <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    protected String lastNotification() {
        return test($(Notification.class).last()).getText();
    }
}
