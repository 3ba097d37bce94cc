package org.steward.cost.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.cost.CostLedger;
import org.steward.cost.ExchangeRate;

/** The exchange rates into the reporting currency; administrators set a currency's rate from a month on. */
class RatesPanel extends VerticalLayout {

    final Grid<ExchangeRate> rates = new Grid<>();
    final TextField currency = new TextField("Currency");
    final TextField from = new TextField("From month (yyyy-MM)");
    final BigDecimalField rate = new BigDecimalField();

    RatesPanel(CostLedger ledger) {
        setPadding(false);
        rates.setId("rate-grid");
        rates.addThemeVariants(GridVariant.LUMO_COMPACT);
        rates.setHeight("14rem");
        rates.addColumn(r -> r.currency().getCurrencyCode()).setHeader("Currency").setAutoWidth(true);
        rates.addColumn(r -> r.from().toString()).setHeader("From").setAutoWidth(true);
        rates.addColumn(r -> r.rate().stripTrailingZeros().toPlainString() + " "
                + ledger.reportingCurrency().getCurrencyCode()).setHeader("Rate").setAutoWidth(true);
        rates.addColumn(ExchangeRate::setBy).setHeader("Set by").setAutoWidth(true);
        rates.setEmptyStateText("No rates yet: costs in other currencies cannot be recorded.");
        rates.setItems(q -> ledger.rates(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) ledger.countRates());
        add(rates);
        if (ledger.canSetRates()) {
            currency.setId("rate-currency");
            currency.setMaxLength(3);
            from.setId("rate-from");
            rate.setId("rate-value");
            rate.setLabel("Rate (" + ledger.reportingCurrency().getCurrencyCode() + " per unit)");
            Map<String, HasValidation> fields = Map.of("currency", currency, "from", from, "rate", rate);
            var save = new Button("Set rate", e -> {
                fields.values().forEach(f -> f.setInvalid(false));
                try {
                    YearMonth month;
                    try {
                        month = YearMonth.parse(from.getValue().strip());
                    } catch (DateTimeParseException ex) {
                        throw InvalidInputException.of("from", "write the month as yyyy-MM");
                    }
                    var set = ledger.setRate(currency.getValue().strip().toUpperCase(java.util.Locale.ROOT), month,
                            rate.getValue());
                    Notifications.success("1 " + set.currency().getCurrencyCode() + " = "
                            + set.rate().stripTrailingZeros().toPlainString() + " from " + set.from() + ".");
                    rates.getDataProvider().refreshAll();
                } catch (DomainException ex) {
                    Amounts.show(ex, fields);
                }
            });
            save.setId("rate-save");
            var form = new HorizontalLayout(currency, from, rate, save);
            form.setAlignItems(Alignment.BASELINE);
            add(form);
        }
    }
}
