package org.steward.register.ui;

import static org.steward.register.ui.ModelIdentityFields.orEmpty;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.steward.register.BusinessObjective;
import org.steward.register.ModelDetails;

/** Why the model exists: problem, decision supported and affected parties. */
final class ModelObjectiveFields extends FormLayout {

    // the limits of BusinessObjective's columns
    private static final int SHORT_TEXT_MAX = 2000;

    final TextArea problem = new TextArea("Problem statement");
    final TextArea decision = new TextArea("Decision supported");
    final TextArea affected = new TextArea("Affected parties");

    ModelObjectiveFields() {
        problem.setMaxLength(ModelDetails.TEXT_MAX);
        decision.setMaxLength(SHORT_TEXT_MAX);
        affected.setMaxLength(SHORT_TEXT_MAX);
        add(problem, decision, affected);
        setColspan(problem, 2);
    }

    void fill(BusinessObjective o) {
        problem.setValue(orEmpty(o.problemStatement()));
        decision.setValue(orEmpty(o.decisionSupported()));
        affected.setValue(orEmpty(o.affectedParties()));
    }

    BusinessObjective value() {
        return new BusinessObjective(problem.getValue(), decision.getValue(), affected.getValue());
    }

    void bind(FieldErrors errors) {
        errors.bind("objective.problemStatement", problem);
        errors.bind("objective.decisionSupported", decision);
        errors.bind("objective.affectedParties", affected);
    }
}
