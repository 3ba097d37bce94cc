package org.steward.cost.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.steward.base.DomainException;
import org.steward.base.ui.Notifications;
import org.steward.cost.ModelValue;
import org.steward.cost.ValueRule;
import org.steward.register.Kpi;
import org.steward.register.ModelView;

/** The model's business owner chooses the value KPI, its unit value and the cost-effectiveness review rule. */
class RuleDialog extends Dialog {

    final Select<String> valueKpi = new Select<>();
    final BigDecimalField unitValue = new BigDecimalField();
    final BigDecimalField maxCostPerUnit = new BigDecimalField("Review when cost per unit is above");
    final IntegerField costPeriods = new IntegerField("… for this many months");
    final IntegerField belowTargetPeriods = new IntegerField("Review when below target for months");

    RuleDialog(ModelValue values, ModelView model, String currency, Runnable saved) {
        setHeaderTitle("Value and review rule of " + model.name());
        valueKpi.setId("rule-kpi");
        valueKpi.setLabel("Value KPI");
        valueKpi.setItems(model.details().kpis().stream().map(Kpi::name).toList());
        unitValue.setId("rule-unit-value");
        unitValue.setLabel("Value of one unit (" + currency + ", for ROI)");
        maxCostPerUnit.setId("rule-max-cost");
        costPeriods.setId("rule-cost-periods");
        belowTargetPeriods.setId("rule-below-target");
        values.rule(model.id()).ifPresentOrElse(r -> {
            valueKpi.setValue(r.valueKpi());
            unitValue.setValue(r.unitValue());
            maxCostPerUnit.setValue(r.maxCostPerUnit());
            costPeriods.setValue(r.costPeriods());
            belowTargetPeriods.setValue(r.belowTargetPeriods());
        }, () -> {
            if (!model.details().kpis().isEmpty()) {
                valueKpi.setValue(model.details().kpis().getFirst().name());
            }
        });
        add(new FormLayout(valueKpi, unitValue, maxCostPerUnit, costPeriods, belowTargetPeriods));
        Map<String, HasValidation> fields = Map.of("valueKpi", valueKpi, "unitValue", unitValue, "maxCostPerUnit", maxCostPerUnit,
                "costPeriods", costPeriods, "belowTargetPeriods", belowTargetPeriods);
        var save = new Button("Save rule", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                values.setRule(model.id(), new ValueRule(valueKpi.getValue() == null ? "" : valueKpi.getValue(),
                        unitValue.getValue(), maxCostPerUnit.getValue(), costPeriods.getValue(),
                        belowTargetPeriods.getValue()));
                Notifications.success("Value rule saved.");
                close();
                saved.run();
            } catch (DomainException ex) {
                Amounts.show(ex, fields);
            }
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
