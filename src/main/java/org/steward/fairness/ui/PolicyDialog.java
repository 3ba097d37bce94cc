package org.steward.fairness.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.fairness.FairnessPolicies;
import org.steward.fairness.FairnessPolicyVersion;
import org.steward.fairness.measure.FairnessPolicySpec;
import org.steward.fairness.measure.Measure;
import org.steward.fairness.measure.MeasureLimit;
import org.steward.fairness.measure.ReferenceMode;
import org.steward.fairness.measure.RowSelection;

/** A risk officer's change of a risk level's fairness policy: measures and limits, settings and the rationale. */
class PolicyDialog extends Dialog {

    private final FairnessPolicies policies;
    private final FairnessPolicyVersion current;
    private final Consumer<FairnessPolicyVersion> onChanged;
    private final Map<Measure, Checkbox> checked = new EnumMap<>(Measure.class);
    private final Map<Measure, NumberField> limits = new EnumMap<>(Measure.class);
    private final IntegerField minGroupSize = new IntegerField("Smallest group compared (rows)");
    private final IntegerField reauditDays = new IntegerField("Re-audit after (days)");
    private final Checkbox intersections = new Checkbox("Audit pairs of attributes too (intersections)");
    private final Select<RowSelection> rows = new Select<>();
    private final Select<ReferenceMode> referenceMode = new Select<>();
    private final TextField referenceGroups = new TextField("Reference groups");
    private final TextArea rationale = new TextArea("Rationale");

    PolicyDialog(FairnessPolicies policies, FairnessPolicyVersion current, Consumer<FairnessPolicyVersion> onChanged) {
        this.policies = policies;
        this.current = current;
        this.onChanged = onChanged;
        setHeaderTitle("Change the " + current.riskLevel().label().toLowerCase(Locale.ROOT) + " fairness policy (now v"
                + current.version() + ")");
        var spec = current.spec();
        var measures = new VerticalLayout();
        measures.setPadding(false);
        measures.setSpacing(false);
        for (var m : Measure.values()) {
            var box = new Checkbox(m.label());
            box.setId("policy-measure-" + m.name());
            var limit = new NumberField();
            limit.setId("policy-limit-" + m.name());
            limit.setAriaLabel("Limit of " + m.label());
            limit.setPrefixComponent(new Span(m.direction().symbol()));
            limit.setStep(0.01);
            limit.setMin(0);
            limit.setMax(1);
            spec.limitOf(m).ifPresentOrElse(l -> {
                box.setValue(true);
                limit.setValue(l.limit());
            }, () -> limit.setEnabled(false));
            box.addValueChangeListener(e -> limit.setEnabled(e.getValue()));
            checked.put(m, box);
            limits.put(m, limit);
            var row = new HorizontalLayout(box, limit);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            measures.add(row);
        }
        minGroupSize.setId("policy-min-group-size");
        minGroupSize.setValue(spec.minGroupSize());
        minGroupSize.setHelperText("Smaller groups are shown with a warning, not compared");
        reauditDays.setId("policy-reaudit-days");
        reauditDays.setValue(spec.reauditDays());
        intersections.setId("policy-intersections");
        intersections.setValue(spec.intersections());
        rows.setId("policy-rows");
        rows.setLabel("Rows audited");
        rows.setItems(RowSelection.values());
        rows.setItemLabelGenerator(RowSelection::label);
        rows.setValue(spec.rows());
        referenceMode.setId("policy-reference-mode");
        referenceMode.setLabel("Compare groups");
        referenceMode.setItems(ReferenceMode.values());
        referenceMode.setItemLabelGenerator(ReferenceMode::label);
        referenceMode.setValue(spec.referenceMode());
        referenceGroups.setId("policy-reference-groups");
        referenceGroups.setPlaceholder("sex=male, age_band=35_44");
        referenceGroups.setHelperText("attribute=group, separated by commas; used when comparing against a reference");
        referenceGroups.setValue(spec.referenceGroups().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .sorted().collect(Collectors.joining(", ")));
        rationale.setId("policy-rationale");
        rationale.setRequired(true);
        rationale.setMinLength(FairnessPolicies.RATIONALE_MIN);
        rationale.setHelperText("Why? At least " + FairnessPolicies.RATIONALE_MIN + " characters; kept with the "
                + "policy version and in the ledger.");
        rationale.setWidthFull();
        var settings = new FormLayout(minGroupSize, reauditDays, rows, referenceMode, referenceGroups, intersections);
        add(measures, settings, rationale);
        var save = new Button("Save as v" + (current.version() + 1), e -> save());
        save.setId("policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("policy-cancel");
        getFooter().add(cancel, save);
        setWidth("44rem");
    }

    private void save() {
        var chosen = new ArrayList<Measure>();
        var rules = new ArrayList<MeasureLimit>();
        for (var m : Measure.values()) {
            if (checked.get(m).getValue()) {
                chosen.add(m);
                var value = limits.get(m).getValue();
                rules.add(MeasureLimit.of(m, value == null ? Double.NaN : value));
            }
        }
        var references = references();
        if (references == null) {
            return;
        }
        var spec = new FairnessPolicySpec(rules, referenceMode.getValue(), references,
                minGroupSize.getValue() == null ? 0 : minGroupSize.getValue(), intersections.getValue(),
                reauditDays.getValue() == null ? 0 : reauditDays.getValue(), rows.getValue());
        try {
            var changed = policies.change(current.riskLevel(), current.version(), spec, rationale.getValue());
            close();
            Notifications.success("The " + changed.riskLevel().label().toLowerCase(Locale.ROOT)
                    + " fairness policy is now v" + changed.version() + ".");
            onChanged.accept(changed);
        } catch (InvalidInputException e) {
            show(e.fieldErrors(), chosen);
            Notifications.error(e.getMessage());
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("Only risk officers may change fairness policies.");
        }
    }

    /** The reference groups typed in, or null (with the field marked) when an entry is not attribute=group. */
    private @Nullable Map<String, String> references() {
        var map = new LinkedHashMap<String, String>();
        for (var entry : referenceGroups.getValue().split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            var parts = entry.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                referenceGroups.setInvalid(true);
                referenceGroups.setErrorMessage("'" + entry.strip() + "' is not attribute=group");
                return null;
            }
            map.put(parts[0].strip(), parts[1].strip());
        }
        referenceGroups.setInvalid(false);
        return map;
    }

    private void show(Map<String, String> errors, List<Measure> chosen) {
        mark(rationale, errors.get("rationale"));
        mark(minGroupSize, errors.get("spec.minGroupSize"));
        mark(reauditDays, errors.get("spec.reauditDays"));
        mark(referenceGroups, errors.get("spec.referenceGroups"));
        for (int i = 0; i < chosen.size(); i++) {
            mark(limits.get(chosen.get(i)), errors.get("spec.limits[" + i + "].limit"));
        }
    }

    private static void mark(HasValidation field, @Nullable String error) {
        field.setInvalid(error != null);
        field.setErrorMessage(error);
    }
}
