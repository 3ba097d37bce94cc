package org.steward.register.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.steward.base.DomainException;
import org.steward.base.DuplicateException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.register.ModelRegister;
import org.steward.register.VersionView;

/** Registers a version of a model or edits one; the label of an existing version cannot change. */
final class VersionForm extends Dialog {

    private final ModelRegister register;
    private final long modelId;
    private final @Nullable VersionView existing;
    private final Consumer<VersionView> onSaved;
    private final VersionFields fields;
    private final FieldErrors errors = new FieldErrors();

    VersionForm(ModelRegister register, long modelId, @Nullable VersionView existing, List<String> parentLabels,
                Consumer<VersionView> onSaved) {
        this.register = register;
        this.modelId = modelId;
        this.existing = existing;
        this.onSaved = onSaved;
        this.fields = new VersionFields(existing == null ? parentLabels
                : parentLabels.stream().filter(l -> !l.equals(existing.label())).toList());
        if (existing != null) {
            fields.fill(existing.details());
        }
        fields.bind(errors);
        setId("version-form");
        setHeaderTitle(existing == null ? "Register version" : "Edit version " + existing.label());
        setWidth("min(52rem, 95vw)");
        setCloseOnOutsideClick(false);
        add(fields);
        var save = new Button(existing == null ? "Register" : "Save", e -> save());
        save.setId("version-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("version-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        errors.clear();
        try {
            var saved = existing == null ? register.registerVersion(modelId, fields.value())
                    : register.updateVersion(modelId, existing.label(), existing.version(), fields.value());
            close();
            Notifications.success((existing == null ? "Registered version " : "Saved version ") + saved.label());
            onSaved.accept(saved);
        } catch (InvalidInputException | DuplicateException e) {
            var unshown = errors.show(e.fieldErrors());
            Notifications.error(FieldErrors.summary(e.fieldErrors(), unshown));
        } catch (DomainException e) {
            // stale copy, or lineage frozen once the version left draft: the message says what to do
            Notifications.error(e.getMessage());
        }
    }
}
