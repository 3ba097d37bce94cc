package org.steward.register.ui;

import static org.steward.register.ui.ModelIdentityFields.orEmpty;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.steward.register.ModelDetails;

/** Intended and out-of-scope use, and when the model is next reviewed. */
final class ModelUseFields extends FormLayout {

    final TextArea intendedUse = new TextArea("Intended use");
    final TextArea outOfScopeUse = new TextArea("Out-of-scope use");
    final DatePicker reviewDate = new DatePicker("Next review date");

    ModelUseFields() {
        intendedUse.setMaxLength(ModelDetails.TEXT_MAX);
        outOfScopeUse.setMaxLength(ModelDetails.TEXT_MAX);
        reviewDate.setId("model-review-date");
        add(intendedUse, outOfScopeUse, reviewDate);
    }

    void fill(ModelDetails d) {
        intendedUse.setValue(orEmpty(d.intendedUse()));
        outOfScopeUse.setValue(orEmpty(d.outOfScopeUse()));
        reviewDate.setValue(d.reviewDate());
    }

    void bind(FieldErrors errors) {
        errors.bind("intendedUse", intendedUse);
        errors.bind("outOfScopeUse", outOfScopeUse);
        errors.bind("reviewDate", reviewDate);
    }
}
