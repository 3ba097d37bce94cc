package org.steward.identity.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import java.util.Set;
import java.util.stream.Collectors;
import org.steward.identity.Role;

/** Roles as labelled check boxes, one per line. */
final class RoleChoice extends CheckboxGroup<Role> {

    RoleChoice() {
        super("Roles");
        setItems(Role.values());
        setItemLabelGenerator(Role::label);
        addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        setRequiredIndicatorVisible(true);
    }

    static String labels(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
