package org.steward.register.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Map;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.RegisterFilter;
import org.steward.register.Stage;

/** Search text and the risk, stage, status and owner filters of the register list. */
final class RegisterFilterBar extends HorizontalLayout {

    final TextField search = new TextField();
    final ComboBox<EuRiskCategory> euCategory = new ComboBox<>("EU AI Act");
    final ComboBox<InternalRiskTier> tier = new ComboBox<>("Internal tier");
    final ComboBox<Stage> stage = new ComboBox<>("Stage");
    final ComboBox<ApprovalStatus> status = new ComboBox<>("Status");
    final ComboBox<String> owner = new ComboBox<>("Owner");

    RegisterFilterBar(Map<String, String> ownerNames, Runnable onChange) {
        addClassName("steward-filters");
        search.setId("register-search");
        search.setLabel("Search");
        search.setPlaceholder("Name, description, domain or tag");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        euCategory.setId("filter-eu-risk");
        euCategory.setItems(EuRiskCategory.values());
        euCategory.setItemLabelGenerator(EuRiskCategory::label);
        tier.setId("filter-internal-tier");
        tier.setItems(InternalRiskTier.values());
        tier.setItemLabelGenerator(InternalRiskTier::label);
        stage.setId("filter-stage");
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(Stage::label);
        status.setId("filter-status");
        status.setItems(ApprovalStatus.values());
        status.setItemLabelGenerator(ApprovalStatus::label);
        owner.setId("filter-owner");
        owner.setItems(new ArrayList<>(ownerNames.keySet()));
        owner.setItemLabelGenerator(username -> ownerNames.getOrDefault(username, username));
        for (var box : new ComboBox<?>[] {euCategory, tier, stage, status, owner}) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> onChange.run());
        }
        search.addValueChangeListener(e -> onChange.run());
        add(search, euCategory, tier, stage, status, owner);
    }

    RegisterFilter value() {
        return new RegisterFilter(search.getValue(), euCategory.getValue(), tier.getValue(), stage.getValue(),
                status.getValue(), owner.getValue());
    }
}
