package org.steward.protection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.protection.DataProtection;
import org.steward.protection.LawfulBasis;
import org.steward.protection.ProtectionChange;
import org.steward.protection.ProtectionFacts;

/** Records a model's lawful basis, DPIA, data categories and retention. */
class ProtectionDialog extends Dialog {

    final Select<LawfulBasis> basis = new Select<>();
    final TextField dpia = new TextField("DPIA reference");
    final DatePicker dpiaDate = new DatePicker("DPIA date");
    final TextArea categories = new TextArea("Data categories (one per line)");
    final IntegerField retention = new IntegerField("Keep raw samples (days after upload)");

    ProtectionDialog(DataProtection protection, long modelId, ProtectionFacts current,
                     Consumer<ProtectionFacts> onSaved) {
        setHeaderTitle("Data-protection facts");
        basis.setLabel("Lawful basis");
        basis.setId("protection-basis");
        basis.setItems(LawfulBasis.values());
        basis.setItemLabelGenerator(b -> b == null ? "not recorded" : b.label());
        basis.setEmptySelectionAllowed(true);
        basis.setEmptySelectionCaption("not recorded");
        basis.setValue(current.lawfulBasis());
        dpia.setId("protection-dpia");
        dpia.setValue(current.dpiaReference() == null ? "" : current.dpiaReference());
        dpiaDate.setId("protection-dpia-date");
        dpiaDate.setValue(current.dpiaDate());
        categories.setId("protection-categories");
        categories.setValue(String.join("\n", current.dataCategories()));
        categories.setHelperText("e.g. financial data, age band, sex (special or sensitive categories named as such)");
        retention.setId("protection-retention");
        retention.setMin(1);
        retention.setMax(3650);
        retention.setValue(current.retentionFromTier() ? null : current.retentionDays());
        retention.setHelperText("Empty: the default of the model's risk level"
                + (current.retentionFromTier() ? " (" + current.retentionDays() + " days)" : ""));
        var form = new FormLayout(basis, dpia, dpiaDate, retention, categories);
        form.setColspan(categories, 2);
        add(form);
        var save = new Button("Save", e -> {
            try {
                onSaved.accept(protection.update(modelId, current.version(), change()));
                Notifications.success("Data-protection facts recorded.");
                close();
            } catch (InvalidInputException ex) {
                Notifications.error(String.join("; ", ex.fieldErrors().values()));
            } catch (DomainException ex) {
                Notifications.error(ex.getMessage());
            } catch (AccessDeniedException ex) {
                Notifications.error("Your role does not allow this.");
            }
        });
        save.setId("protection-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("40rem");
    }

    ProtectionChange change() {
        return new ProtectionChange(basis.getValue(), dpia.getValue(), dpiaDate.getValue(),
                Arrays.asList(categories.getValue().split("\\R")), retention.getValue());
    }
}
