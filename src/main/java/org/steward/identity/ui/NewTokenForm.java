package org.steward.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.ApiTokenManagement.CreatedToken;

/** Creates a personal API token with the scopes the user's roles allow; the caller shows the secret once. */
final class NewTokenForm extends VerticalLayout {

    static final int DEFAULT_VALID_DAYS = 90;

    private final ApiTokenManagement tokens;
    private final Consumer<CreatedToken> onCreated;
    private final TextField name = new TextField("Token name");
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>("Scopes");
    private final IntegerField validDays = new IntegerField("Valid for (days)");
    private final FieldErrors errors = new FieldErrors()
            .bind("name", name).bind("scopes", scopes).bind("validDays", validDays);

    NewTokenForm(ApiTokenManagement tokens, Consumer<CreatedToken> onCreated) {
        this.tokens = tokens;
        this.onCreated = onCreated;
        setPadding(false);
        name.setId("token-name");
        name.setRequired(true);
        name.setHelperText("Where the token is used, e.g. 'CI pipeline of churn model'");
        var grantable = tokens.grantableScopes();
        scopes.setId("token-scopes");
        scopes.setItems(grantable);
        scopes.setItemLabelGenerator(s -> s.value() + " – " + s.description());
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        scopes.setHelperText("Only the scopes your roles allow are offered");
        if (grantable.contains(ApiScope.REGISTER_READ)) {
            scopes.select(ApiScope.REGISTER_READ);
        }
        validDays.setId("token-valid-days");
        validDays.setMin(1);
        validDays.setMax(366);
        validDays.setStepButtonsVisible(true);
        validDays.setValue(DEFAULT_VALID_DAYS);
        validDays.setHelperText("1 to 366 days; leave empty for a token that does not expire");
        var create = new Button("Create token", e -> create());
        create.setId("token-create");
        add(new FormLayout(name, validDays, scopes), create);
    }

    private void create() {
        errors.clear();
        try {
            var created = tokens.create(name.getValue(), scopes.getValue(), validDays.getValue());
            name.clear();
            // clearing a required field re-validates it; an emptied form after success is not an error
            name.setInvalid(false);
            onCreated.accept(created);
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        }
    }
}
