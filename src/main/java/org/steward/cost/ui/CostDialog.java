package org.steward.cost.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.cost.CostCategory;
import org.steward.cost.CostEntryView;
import org.steward.cost.CostLedger;
import org.steward.cost.CostSource;
import org.steward.cost.Money;
import org.steward.register.ModelView;

/** Records one cost of a model by hand: a day or a period, a category, an amount in a currency, a note. */
class CostDialog extends Dialog {

    final DatePicker start = new DatePicker("From");
    final DatePicker end = new DatePicker("To");
    final Select<CostCategory> category = new Select<>();
    final BigDecimalField amount = new BigDecimalField("Amount");
    final TextField currency = new TextField("Currency");
    final TextField version = new TextField("Version (optional)");
    final TextArea note = new TextArea("Note");

    CostDialog(CostLedger ledger, ModelView model, Clock clock, Runnable saved) {
        setHeaderTitle("Add a cost to " + model.name());
        var today = LocalDate.now(clock);
        start.setId("cost-start");
        start.setValue(today.withDayOfMonth(1));
        end.setId("cost-end");
        end.setValue(today);
        category.setId("cost-category");
        category.setLabel("Category");
        category.setItems(CostCategory.values());
        category.setItemLabelGenerator(CostCategory::label);
        category.setValue(CostCategory.INFERENCE_COMPUTE);
        amount.setId("cost-amount");
        currency.setId("cost-currency");
        currency.setValue(ledger.reportingCurrency().getCurrencyCode());
        currency.setMaxLength(3);
        version.setId("cost-version");
        note.setId("cost-note");
        note.setHelperText("Needed for a negative amount (a credit or refund).");
        var form = new FormLayout(start, end, category, amount, currency, version, note);
        form.setColspan(note, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("start", start, "end", end, "amount", amount, "currency", currency, "version", version,
                "note", note);
        var save = new Button("Add cost", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                var code = Money.currency(currency.getValue()).orElseThrow(() -> InvalidInputException.of("currency",
                        "an ISO 4217 currency code such as EUR"));
                if (amount.getValue() == null || start.getValue() == null || end.getValue() == null) {
                    throw InvalidInputException.of(amount.getValue() == null ? "amount" : "start",
                            "fill in the dates and the amount");
                }
                ledger.record(model.id(), new CostEntryView.Details(version.getValue(), start.getValue(),
                        end.getValue(), category.getValue(), amount.getValue(), code, note.getValue()),
                        CostSource.MANUAL, null);
                Notifications.success("Cost added.");
                close();
                saved.run();
            } catch (DomainException ex) {
                Amounts.show(ex, fields);
            }
        });
        save.setId("cost-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
