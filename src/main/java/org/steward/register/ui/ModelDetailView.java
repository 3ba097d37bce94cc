package org.steward.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.steward.base.NotFoundException;
import org.steward.identity.Role;
import org.steward.identity.UserDirectory;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;

/** One model: its header with risk badges, and a tab for each feature that has something to say about it. */
@Route("models/:modelId")
@PermitAll
public class ModelDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String MODEL_ID = "modelId";
    private static final String TAB = "tab";

    private final ModelRegister register;
    private final UserDirectory users;
    private final List<ModelTab> tabs;
    private String title = "Model · Steward";
    private Long shownModel;
    private TabSheet sheet;
    private final List<LazyTab> lazyTabs = new ArrayList<>();

    ModelDetailView(ModelRegister register, UserDirectory users, List<ModelTab> tabs) {
        this.register = register;
        this.users = users;
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(ModelTab::order)).toList();
        addClassName("steward-view");
    }

    static RouteParameters parameters(long modelId) {
        return new RouteParameters(MODEL_ID, String.valueOf(modelId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(MODEL_ID).orElse("");
        // ?tab=Validation opens that tab, so that other pages can link to a model's evidence
        var tab = event.getLocation().getQueryParameters().getSingleParameter(TAB).orElse("");
        try {
            var modelId = Long.parseLong(id);
            var selected = Math.max(0, visibleTabs().stream().map(ModelTab::label).toList().indexOf(tab));
            if (Long.valueOf(modelId).equals(shownModel) && selected < lazyTabs.size()) {
                switchTab(selected);
            } else {
                show(modelId, selected);
            }
        } catch (NumberFormatException | NotFoundException e) {
            notFound(id);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(long modelId, int selectedTab) {
        var model = register.get(modelId);
        removeAll();
        lazyTabs.clear();
        shownModel = null;
        title = model.name() + " · Steward";
        sheet = new TabSheet();
        sheet.setId("model-tabs");
        sheet.setWidthFull();
        visibleTabs().forEach(tab -> {
            var lazy = new LazyTab(() -> tab.content(model));
            lazyTabs.add(lazy);
            sheet.add(tab.label(), lazy.holder());
        });
        sheet.addSelectedChangeListener(e -> lazyTabs.get(sheet.getSelectedIndex()).buildIfShown());
        if (selectedTab < sheet.getTabCount()) {
            sheet.setSelectedIndex(selectedTab);
        }
        var back = new RouterLink("Register", RegisterView.class);
        back.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        back.addClassName("steward-back");
        add(back, header(model, sheet), sheet);
        shownModel = modelId;
    }

    /**
     * A link to another tab of the model on screen (?tab=) switches the tab and builds that tab anew, but keeps the
     * header and the tab sheet: rebuilding them doubled what the answer carries and what Flow keeps of it. The other
     * tabs are emptied, so each is built anew when next shown rather than showing what it held before.
     */
    private void switchTab(int index) {
        lazyTabs.forEach(LazyTab::clear);
        sheet.setSelectedIndex(index);
        lazyTabs.get(index).buildIfShown();
    }

    private List<ModelTab> visibleTabs() {
        return tabs.stream().filter(ModelTab::visible).toList();
    }

    private HorizontalLayout header(ModelView model, TabSheet sheet) {
        var name = new H2(model.name());
        name.setId("model-title");
        var d = model.details();
        var header = new HorizontalLayout(name, RiskBadges.eu(d.euRiskCategory()),
                RiskBadges.tier(d.internalRiskTier()));
        header.addClassName("steward-model-header");
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (register.canEdit(model.id())) {
            var edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> ModelForm.edit(register,
                    users.activeUsersWithRole(Role.BUSINESS_OWNER), model,
                    saved -> show(saved.id(), sheet.getSelectedIndex())).open());
            edit.setId("edit-model");
            header.addToEnd(edit);
        }
        return header;
    }

    private void notFound(String id) {
        removeAll();
        title = "Model not found · Steward";
        var message = new Div(new H2("Model not found"),
                new Paragraph("There is no model " + id + " in the register, or you may not see it."),
                new RouterLink("Back to the register", RegisterView.class));
        message.setId("model-not-found");
        add(message);
    }
}
