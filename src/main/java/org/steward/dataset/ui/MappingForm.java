package org.steward.dataset.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.steward.base.InvalidInputException;
import org.steward.dataset.ColumnMapping;
import org.steward.dataset.Inspection;
import org.steward.dataset.TaskType;

/** Says which column is which, starting from the suggestion of the inspection. */
class MappingForm extends FormLayout {

    private static final double DEFAULT_THRESHOLD = 0.5;

    private final Inspection inspection;
    final Select<TaskType> task = new Select<>();
    final ComboBox<String> output = new ComboBox<>("Model output");
    final ComboBox<String> outcome = new ComboBox<>("True outcome");
    final ComboBox<String> split = new ComboBox<>("Split (train / test / holdout)");
    final MultiSelectComboBox<String> sensitive = new MultiSelectComboBox<>("Sensitive attributes");
    final MultiSelectComboBox<String> features = new MultiSelectComboBox<>("Features");
    final TextField classes = new TextField("Classes");
    final ComboBox<String> positive = new ComboBox<>("Positive class");
    final NumberField threshold = new NumberField("Decision threshold");
    final MultiSelectComboBox<String> dropped = new MultiSelectComboBox<>("Drop (never stored)");

    MappingForm(Inspection inspection) {
        this.inspection = inspection;
        var columns = inspection.columns().stream().map(Inspection.Column::name).toList();
        task.setLabel("Task");
        task.setItems(TaskType.values());
        task.setItemLabelGenerator(TaskType::label);
        task.setId("mapping-task");
        output.setId("mapping-output");
        output.setHelperText("Probability of the positive class, predicted class or prediction");
        outcome.setId("mapping-outcome");
        split.setId("mapping-split");
        sensitive.setId("mapping-sensitive");
        sensitive.setHelperText("For the fairness audit; may also be features");
        features.setId("mapping-features");
        classes.setId("mapping-classes");
        classes.setHelperText("Comma-separated; detected from the outcome column");
        positive.setId("mapping-positive");
        threshold.setId("mapping-threshold");
        threshold.setMin(0);
        threshold.setMax(1);
        threshold.setStep(0.01);
        threshold.setHelperText("Predicted positive when the output is at least this");
        dropped.setId("mapping-dropped");
        dropped.setHelperText("Identifiers and anything not needed");
        for (var box : List.of(output, outcome, split)) {
            box.setItems(columns);
            box.setRequired(true);
        }
        for (var box : List.of(sensitive, features, dropped)) {
            box.setItems(columns);
        }
        add(task, output, outcome, split, classes, positive, threshold, sensitive, features, dropped);
        setColspan(features, 2);
        fill(inspection.suggestion(), columns);
        task.addValueChangeListener(e -> showTaskFields());
        outcome.addValueChangeListener(e -> classesFrom(e.getValue()));
        classes.addValueChangeListener(e -> keepPositiveAmong(classList()));
        dropped.addValueChangeListener(e -> {
            features.deselect(e.getValue());
            sensitive.deselect(e.getValue());
        });
        showTaskFields();
    }

    private void fill(Inspection.Suggestion s, List<String> columns) {
        task.setValue(s.task() == null ? TaskType.BINARY : s.task());
        output.setValue(s.output());
        outcome.setValue(s.outcome());
        split.setValue(s.split());
        sensitive.setValue(new LinkedHashSet<>(s.sensitive()));
        features.setValue(new LinkedHashSet<>(s.features()));
        classes.setValue(String.join(", ", s.classes()));
        positive.setItems(s.classes());
        positive.setValue(s.positiveClass());
        threshold.setValue(s.threshold());
        dropped.setValue(new LinkedHashSet<>(s.dropped().stream().filter(columns::contains).toList()));
    }

    private void classesFrom(@Nullable String column) {
        if (column == null) {
            return;
        }
        var values = inspection.column(column).values();
        classes.setValue(String.join(", ", values));
        positive.setItems(values);
        positive.setValue(values.isEmpty() ? null : values.getLast());
    }

    /** New items clear a combo box; keep the chosen positive class while it is still declared. */
    private void keepPositiveAmong(List<String> declared) {
        var chosen = positive.getValue();
        positive.setItems(declared);
        positive.setValue(declared.contains(chosen) ? chosen : null);
    }

    private void showTaskFields() {
        var value = task.getValue();
        classes.setVisible(value != TaskType.REGRESSION);
        positive.setVisible(value == TaskType.BINARY);
        threshold.setVisible(value == TaskType.BINARY);
    }

    private List<String> classList() {
        return Arrays.stream(classes.getValue().split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /** The mapping as entered, in column order; the service checks it against the file. */
    ColumnMapping mapping() {
        if (task.getValue() == null) {
            throw InvalidInputException.of("task", "choose what the model predicts");
        }
        var kind = task.getValue();
        return new ColumnMapping(kind, text(output.getValue()), text(outcome.getValue()), text(split.getValue()),
                inFileOrder(sensitive.getValue()), inFileOrder(features.getValue()),
                kind == TaskType.REGRESSION ? List.of() : classList(),
                kind == TaskType.BINARY ? positive.getValue() : null,
                threshold.getValue() == null ? DEFAULT_THRESHOLD : threshold.getValue(),
                inFileOrder(dropped.getValue()), Map.of());
    }

    /** Shows the service's problems on the fields they are about. */
    void showErrors(Map<String, String> errors) {
        mark(output, errors.get("output"));
        mark(outcome, errors.get("outcome"));
        mark(split, errors.get("split"));
        classes.setInvalid(errors.containsKey("classes"));
        classes.setErrorMessage(errors.get("classes"));
        positive.setInvalid(errors.containsKey("positiveClass"));
        positive.setErrorMessage(errors.get("positiveClass"));
        threshold.setInvalid(errors.containsKey("threshold"));
        threshold.setErrorMessage(errors.get("threshold"));
    }

    private static void mark(ComboBox<String> box, @Nullable String error) {
        box.setInvalid(error != null);
        box.setErrorMessage(error);
    }

    private List<String> inFileOrder(Set<String> chosen) {
        return inspection.columns().stream().map(Inspection.Column::name).filter(chosen::contains).toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
