package org.steward.cost.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.cost.CostSource;
import org.steward.cost.ModelValue;
import org.steward.register.Kpi;
import org.steward.register.ModelView;

/** Records the measured value of one of the model's KPIs for a month. */
class KpiDialog extends Dialog {

    final Select<Kpi> kpi = new Select<>();
    final TextField month = new TextField("Month (yyyy-MM)");
    final BigDecimalField value = new BigDecimalField("Measured value");
    final TextField note = new TextField("Note");

    KpiDialog(ModelValue values, ModelView model, Clock clock, Runnable saved) {
        setHeaderTitle("Record a KPI value of " + model.name());
        kpi.setId("kpi-name");
        kpi.setLabel("KPI");
        kpi.setItems(model.details().kpis());
        kpi.setItemLabelGenerator(k -> k.name() + " (" + k.unit() + ", target " + k.target().toPlainString() + ")");
        if (!model.details().kpis().isEmpty()) {
            kpi.setValue(model.details().kpis().getFirst());
        }
        month.setId("kpi-month");
        month.setValue(YearMonth.now(clock).minusMonths(1).toString());
        value.setId("kpi-value");
        note.setId("kpi-note");
        add(new FormLayout(kpi, month, value, note));
        Map<String, HasValidation> fields = Map.of("month", month, "value", value, "note", note);
        var save = new Button("Record value", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                YearMonth m;
                try {
                    m = YearMonth.parse(month.getValue().strip());
                } catch (DateTimeParseException ex) {
                    throw InvalidInputException.of("month", "write the month as yyyy-MM, e.g. 2026-03");
                }
                if (kpi.getValue() == null || value.getValue() == null) {
                    throw InvalidInputException.of("value", "choose a KPI and enter its value");
                }
                values.measure(model.id(), kpi.getValue().name(), m, value.getValue(), CostSource.MANUAL,
                        note.getValue());
                Notifications.success(kpi.getValue().name() + " recorded for " + m + ".");
                close();
                saved.run();
            } catch (DomainException ex) {
                Amounts.show(ex, fields);
            }
        });
        save.setId("kpi-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
