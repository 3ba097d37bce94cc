package org.steward.register.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.steward.identity.UserSummary;
import org.steward.register.ModelDetails;

/** Name, description, business domain, owner, team and tags of a model. */
final class ModelIdentityFields extends FormLayout {

    static final List<String> DOMAINS =
            List.of("credit", "churn", "fraud", "demand forecasting", "medical triage", "HR screening");

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final ComboBox<String> domain = new ComboBox<>("Business domain");
    final ComboBox<String> owner = new ComboBox<>("Business owner");
    final TextField team = new TextField("Developer team");
    final TextField tags = new TextField("Tags");

    private final List<String> domains = new ArrayList<>(DOMAINS);
    private final Map<String, String> owners = new LinkedHashMap<>();

    ModelIdentityFields(List<UserSummary> activeOwners) {
        activeOwners.forEach(u -> owners.put(u.username(), u.displayName()));
        name.setId("model-name");
        name.setMaxLength(ModelDetails.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        description.setId("model-description");
        description.setMaxLength(ModelDetails.TEXT_MAX);
        domain.setId("model-domain");
        domain.setItems(domains);
        domain.setAllowCustomValue(true);
        domain.addCustomValueSetListener(e -> domain.setValue(withDomain(e.getDetail())));
        domain.setRequiredIndicatorVisible(true);
        domain.setHelperText("Pick one or type your own");
        owner.setId("model-owner");
        owner.setItems(new ArrayList<>(owners.keySet()));
        owner.setItemLabelGenerator(username -> owners.getOrDefault(username, username));
        owner.setRequiredIndicatorVisible(true);
        team.setMaxLength(ModelDetails.TEAM_MAX);
        tags.setId("model-tags");
        tags.setHelperText("Comma separated, e.g. credit, annex-iii");
        add(name, domain, owner, team, description, tags);
        setColspan(description, 2);
        setColspan(tags, 2);
    }

    void fill(ModelDetails d) {
        name.setValue(d.name());
        description.setValue(orEmpty(d.description()));
        domain.setValue(withDomain(d.businessDomain()));
        if (!owners.containsKey(d.owner())) {
            // a former owner who is no longer active stays selectable, so editing other fields still works
            owners.put(d.owner(), d.owner());
            owner.setItems(new ArrayList<>(owners.keySet()));
        }
        owner.setValue(d.owner());
        team.setValue(orEmpty(d.developerTeam()));
        tags.setValue(String.join(", ", d.tags()));
    }

    void bind(FieldErrors errors) {
        errors.bind("name", name);
        errors.bind("description", description);
        errors.bind("businessDomain", domain);
        errors.bind("owner", owner);
        errors.bind("developerTeam", team);
        errors.bind("tags", tags);
    }

    List<String> tagList() {
        return Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private String withDomain(String value) {
        if (!domains.contains(value)) {
            domains.add(value);
            domain.getListDataView().refreshAll();
        }
        return value;
    }

    static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
