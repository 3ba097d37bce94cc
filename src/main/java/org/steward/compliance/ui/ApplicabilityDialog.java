package org.steward.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.ui.Notifications;
import org.steward.compliance.Compliance;
import org.steward.compliance.check.FrameworkAssessment;
import org.steward.register.ModelView;

/** A risk officer decides whether a framework applies to a model, or returns it to the default, with a rationale. */
class ApplicabilityDialog extends Dialog {

    static final String APPLIES = "Applies";
    static final String DOES_NOT_APPLY = "Does not apply";
    static final String DEFAULT = "Default (from risk tier and domain)";

    final RadioButtonGroup<String> choice = new RadioButtonGroup<>("Decision");
    final TextArea rationale = new TextArea("Rationale");
    final Button save = new Button("Record decision");

    ApplicabilityDialog(Compliance compliance, ModelView model, FrameworkAssessment framework, Runnable done) {
        setHeaderTitle("Does " + framework.title() + " apply to " + model.name() + "?");
        setWidth("36rem");
        var now = new Paragraph(framework.applicability() + ".");
        now.addClassName("steward-muted");
        choice.setId("applicability-choice");
        choice.setItems(APPLIES, DOES_NOT_APPLY, DEFAULT);
        choice.setValue(framework.choice() == null || framework.choice().applies() == null ? DEFAULT
                : framework.applies() ? APPLIES : DOES_NOT_APPLY);
        rationale.setId("applicability-rationale");
        rationale.setWidthFull();
        rationale.setMaxLength(2000);
        rationale.setValueChangeMode(ValueChangeMode.EAGER);
        rationale.setHelperText("At least 20 characters; recorded in the ledger.");
        save.setId("applicability-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var value = choice.getValue();
            Boolean applies = APPLIES.equals(value) ? Boolean.TRUE : DOES_NOT_APPLY.equals(value) ? Boolean.FALSE
                    : null;
            try {
                compliance.decide(model.id(), framework.code(), applies, rationale.getValue());
                Notifications.success("Recorded: " + framework.title() + " " + value.toLowerCase() + ".");
                close();
                done.run();
            } catch (DomainException ex) {
                rationale.setInvalid(true);
                rationale.setErrorMessage(ex.getMessage());
            } catch (AccessDeniedException ex) {
                Notifications.error("Only risk officers decide which frameworks apply.");
            }
        });
        add(now, choice, rationale);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
