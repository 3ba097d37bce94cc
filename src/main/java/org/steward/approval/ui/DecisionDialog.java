package org.steward.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.ApprovalState;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.Condition;
import org.steward.approval.DecisionKind;
import org.steward.approval.DecisionOutcome;
import org.steward.approval.DecisionRequest;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.register.VersionView;

/** Asks for the rationale (and, for approvals, an optional condition and the gate override) and takes the decision. */
class DecisionDialog extends Dialog {

    private final ApprovalWorkflow workflow;
    private final long modelId;
    private final DecisionKind kind;
    private final ApprovalState state;
    private final Consumer<VersionView> onDecided;
    private final TextArea rationale = new TextArea("Rationale");
    private final TextField condition = new TextField("Condition (optional)");
    private final DatePicker due = new DatePicker("Condition due");
    private final Checkbox override = new Checkbox("Override the failed evidence gates (low-risk model)");

    DecisionDialog(ApprovalWorkflow workflow, long modelId, DecisionKind kind, ApprovalState state,
                   Consumer<VersionView> onDecided) {
        this.workflow = workflow;
        this.modelId = modelId;
        this.kind = kind;
        this.state = state;
        this.onDecided = onDecided;
        setHeaderTitle(kind.label() + " version " + state.version().label());
        rationale.setId("approval-rationale");
        rationale.setRequired(true);
        rationale.setMinLength(DecisionRequest.RATIONALE_MIN);
        rationale.setMaxLength(DecisionRequest.RATIONALE_MAX);
        rationale.setHelperText("Why? At least " + DecisionRequest.RATIONALE_MIN + " characters; it is kept with "
                + "the decision.");
        rationale.setWidthFull();
        var form = new VerticalLayout(rationale);
        form.setPadding(false);
        if (kind == DecisionKind.APPROVE) {
            condition.setId("approval-condition");
            condition.setMaxLength(Condition.TEXT_MAX);
            condition.setWidthFull();
            due.setId("approval-condition-due");
            form.add(condition, due);
            if (state.mayOverride()) {
                override.setId("approval-override");
                form.add(override);
            }
        }
        add(form);
        var confirm = new Button(kind.label(), e -> confirm());
        confirm.setId("approval-confirm");
        confirm.addThemeVariants(kind == DecisionKind.REJECT ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("approval-cancel");
        getFooter().add(cancel, confirm);
        setWidth("36rem");
    }

    private void confirm() {
        var conditions = new ArrayList<Condition>();
        if (!condition.isEmpty() || !due.isEmpty()) {
            conditions.add(new Condition(condition.getValue(), due.getValue()));
        }
        var request = new DecisionRequest(rationale.getValue(), state.version().version(), conditions,
                override.getValue());
        try {
            var outcome = decide(request);
            close();
            Notifications.success(kind.label() + ": version " + outcome.version().label() + " is now "
                    + outcome.version().status().label() + ".");
            onDecided.accept(outcome.version());
        } catch (InvalidInputException e) {
            var errors = e.fieldErrors();
            rationale.setInvalid(errors.containsKey("rationale"));
            rationale.setErrorMessage(errors.get("rationale"));
            Notifications.error(e.getMessage());
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow this.");
        }
    }

    private DecisionOutcome decide(DecisionRequest request) {
        var label = state.version().label();
        return switch (kind) {
            case SUBMIT -> workflow.submit(modelId, label, request);
            case APPROVE -> workflow.approve(modelId, label, request);
            case REQUEST_CHANGES -> workflow.requestChanges(modelId, label, request);
            case REJECT -> workflow.reject(modelId, label, request);
            case DEPLOY -> workflow.deploy(modelId, label, request);
            case SUSPEND -> workflow.suspend(modelId, label, request);
            case RETIRE -> workflow.retire(modelId, label, request);
        };
    }
}
