package org.steward.register.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.register.Kpi;
import org.steward.register.KpiDirection;

/** An editable list of KPIs; shows list-wide errors (such as duplicate names) below the rows. */
final class KpiEditor extends VerticalLayout implements HasValidation {

    // the limits of Kpi's columns
    private static final int NAME_MAX = 120;
    private static final int UNIT_MAX = 40;
    private static final int MAX_KPIS = 20;

    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> rowList = new ArrayList<>();
    private final Span error = new Span();
    private final Button add = new Button("Add KPI", VaadinIcon.PLUS.create(), e -> addRow(null));

    KpiEditor() {
        setPadding(false);
        rows.setPadding(false);
        error.addClassName("steward-field-error");
        error.setVisible(false);
        add.setId("add-kpi");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rows, error, add);
    }

    void fill(List<Kpi> kpis) {
        kpis.forEach(this::addRow);
    }

    List<Kpi> value() {
        return rowList.stream().map(Row::value).toList();
    }

    /** Binds the current rows' fields as {@code kpis[i].name} etc., and this editor as {@code kpis}. */
    void bind(FieldErrors errors) {
        errors.unbindAll("kpis");
        errors.bind("kpis", this);
        for (int i = 0; i < rowList.size(); i++) {
            rowList.get(i).bind(errors, "kpis[" + i + "]");
        }
    }

    private void addRow(@Nullable Kpi kpi) {
        var row = new Row(kpi);
        row.remove.addClickListener(e -> {
            rowList.remove(row);
            rows.remove(row);
            add.setEnabled(true);
        });
        rowList.add(row);
        rows.add(row);
        add.setEnabled(rowList.size() < MAX_KPIS);
    }

    @Override
    public void setErrorMessage(@Nullable String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    /** One KPI: name, unit, target and direction, with a remove button. */
    private static final class Row extends HorizontalLayout {

        final TextField name = new TextField("KPI name");
        final TextField unit = new TextField("Unit");
        final BigDecimalField target = new BigDecimalField("Target");
        final ComboBox<KpiDirection> direction = new ComboBox<>("Direction");
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(@Nullable Kpi kpi) {
            addClassName("steward-kpi-row");
            name.setMaxLength(NAME_MAX);
            unit.setMaxLength(UNIT_MAX);
            unit.setWidth("7em");
            target.setWidth("8em");
            direction.setItems(KpiDirection.values());
            direction.setItemLabelGenerator(KpiDirection::label);
            direction.setValue(KpiDirection.HIGHER_IS_BETTER);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove KPI");
            if (kpi != null) {
                name.setValue(kpi.name());
                unit.setValue(kpi.unit());
                target.setValue(kpi.target());
                direction.setValue(kpi.direction());
            }
            add(name, unit, target, direction, remove);
        }

        Kpi value() {
            return new Kpi(name.getValue(), unit.getValue(), target.getValue(), direction.getValue());
        }

        void bind(FieldErrors errors, String prefix) {
            errors.bind(prefix + ".name", name);
            errors.bind(prefix + ".unit", unit);
            errors.bind(prefix + ".target", target);
            errors.bind(prefix + ".direction", direction);
        }
    }
}
