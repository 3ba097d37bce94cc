package org.steward.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.steward.base.DomainException;
import org.steward.base.DuplicateException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.identity.UserSummary;
import org.steward.register.ModelDetails;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;

/** Registers a new model or edits one; stays open and marks the fields while the register rejects the input. */
final class ModelForm extends Dialog {

    private final ModelRegister register;
    private final @Nullable ModelView existing;
    private final Consumer<ModelView> onSaved;
    private final ModelIdentityFields identity;
    private final ModelObjectiveFields objective = new ModelObjectiveFields();
    private final KpiEditor kpis = new KpiEditor();
    private final ModelRiskFields risk = new ModelRiskFields();
    private final ModelUseFields use = new ModelUseFields();
    private final FieldErrors errors = new FieldErrors();

    private ModelForm(ModelRegister register, List<UserSummary> owners, @Nullable ModelView existing,
                      Consumer<ModelView> onSaved) {
        this.register = register;
        this.existing = existing;
        this.onSaved = onSaved;
        this.identity = new ModelIdentityFields(owners);
        setId("model-form");
        setHeaderTitle(existing == null ? "Register model" : "Edit " + existing.name());
        setWidth("min(60rem, 95vw)");
        setCloseOnOutsideClick(false);
        add(section("Identity"), identity, section("Business objective"), objective, section("KPIs"), kpis,
                section("Risk"), risk, section("Use"), use);
        identity.bind(errors);
        objective.bind(errors);
        risk.bind(errors);
        use.bind(errors);
        var save = new Button(existing == null ? "Register" : "Save", e -> save());
        save.setId("model-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("model-cancel");
        getFooter().add(cancel, save);
    }

    static ModelForm register(ModelRegister register, List<UserSummary> owners, @Nullable String defaultOwner,
                              Consumer<ModelView> onSaved) {
        var form = new ModelForm(register, owners, null, onSaved);
        if (defaultOwner != null) {
            form.identity.owner.setValue(defaultOwner);
        }
        return form;
    }

    static ModelForm edit(ModelRegister register, List<UserSummary> owners, ModelView model,
                          Consumer<ModelView> onSaved) {
        var form = new ModelForm(register, owners, model, onSaved);
        var d = model.details();
        form.identity.fill(d);
        form.objective.fill(d.objective());
        form.kpis.fill(d.kpis());
        form.risk.fill(d);
        form.use.fill(d);
        return form;
    }

    private ModelDetails details() {
        return new ModelDetails(identity.name.getValue(), identity.description.getValue(),
                identity.domain.getValue(), identity.owner.getValue(), identity.team.getValue(), objective.value(),
                kpis.value(), risk.euCategory.getValue(), risk.tier.getValue(), risk.justification.getValue(),
                use.intendedUse.getValue(), use.outOfScopeUse.getValue(), identity.tagList(),
                use.reviewDate.getValue());
    }

    private void save() {
        errors.clear();
        kpis.bind(errors);
        try {
            var saved = existing == null ? register.register(details())
                    : register.update(existing.id(), existing.version(), details());
            close();
            Notifications.success((existing == null ? "Registered " : "Saved ") + saved.name());
            onSaved.accept(saved);
        } catch (InvalidInputException | DuplicateException e) {
            var unshown = errors.show(e.fieldErrors());
            Notifications.error(FieldErrors.summary(e.fieldErrors(), unshown));
        } catch (DomainException e) {
            // a stale copy (someone else saved first) or a change of permissions: the message says what to do
            Notifications.error(e.getMessage());
        }
    }

    private static Component section(String title) {
        var h = new H3(title);
        h.addClassName("steward-section-title");
        return h;
    }
}
