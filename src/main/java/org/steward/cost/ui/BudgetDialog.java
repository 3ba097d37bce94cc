package org.steward.cost.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.cost.BudgetLevels;
import org.steward.cost.BudgetPeriod;
import org.steward.cost.CostLedger;
import org.steward.register.ModelView;

/** The model's business owner sets a budget of a year or quarter with its alert levels. */
class BudgetDialog extends Dialog {

    final IntegerField year = new IntegerField("Year");
    final Select<Integer> quarter = new Select<>();
    final BigDecimalField amount = new BigDecimalField();
    final TextField levels = new TextField("Alert at (%)");

    BudgetDialog(CostLedger ledger, ModelView model, Clock clock, Runnable saved) {
        setHeaderTitle("Budget of " + model.name());
        year.setId("budget-year");
        year.setValue(LocalDate.now(clock).getYear());
        quarter.setId("budget-quarter");
        quarter.setLabel("Period");
        quarter.setItems(0, 1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> q == 0 ? "Whole year" : "Q" + q);
        quarter.setValue(0);
        amount.setId("budget-amount");
        amount.setLabel("Amount (" + ledger.reportingCurrency().getCurrencyCode() + ")");
        levels.setId("budget-levels");
        levels.setValue(BudgetLevels.DEFAULT.text());
        add(new FormLayout(year, quarter, amount, levels));
        Map<String, HasValidation> fields = Map.of("amount", amount, "year", year, "alertLevels", levels);
        var save = new Button("Set budget", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                BudgetLevels parsed;
                try {
                    parsed = BudgetLevels.parse(levels.getValue());
                } catch (IllegalArgumentException ex) {
                    throw InvalidInputException.of("alertLevels", ex.getMessage());
                }
                if (amount.getValue() == null || year.getValue() == null) {
                    throw InvalidInputException.of(amount.getValue() == null ? "amount" : "year", "required");
                }
                var view = ledger.setBudget(model.id(), new BudgetPeriod(year.getValue(), quarter.getValue()),
                        amount.getValue(), parsed);
                Notifications.success("Budget " + view.period().label() + " set: " + Amounts.percent(view.used())
                        + " used so far.");
                close();
                saved.run();
            } catch (DomainException ex) {
                Amounts.show(ex, fields);
            }
        });
        save.setId("budget-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
