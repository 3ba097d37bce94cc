package org.steward.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.ApprovalDelegations;
import org.steward.approval.DecisionRequest;
import org.steward.base.DomainException;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;
import org.steward.identity.UserSummary;

/**
 * The owner delegates their approvals on a model to another business owner, or (with {@code revoke}) ends the
 * active delegation; either way with a rationale.
 */
class DelegationDialog extends Dialog {

    private final ApprovalDelegations delegations;
    private final long modelId;
    private final boolean revoke;
    private final Runnable onDone;
    private final ComboBox<UserSummary> delegate = new ComboBox<>("Delegate to");
    private final TextArea rationale = new TextArea("Rationale");

    DelegationDialog(ApprovalDelegations delegations, long modelId, boolean revoke, Runnable onDone) {
        this.delegations = delegations;
        this.modelId = modelId;
        this.revoke = revoke;
        this.onDone = onDone;
        setHeaderTitle(revoke ? "Revoke the delegation of approvals" : "Delegate approvals");
        var form = new VerticalLayout();
        form.setPadding(false);
        if (!revoke) {
            delegate.setId("delegate-user");
            delegate.setRequired(true);
            delegate.setItems(delegations.candidates(modelId));
            delegate.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
            delegate.setHelperText("An active business owner; they approve, request changes or reject on your "
                    + "behalf until you revoke it.");
            delegate.setWidthFull();
            form.add(delegate);
        }
        rationale.setId("delegate-rationale");
        rationale.setRequired(true);
        rationale.setMinLength(DecisionRequest.RATIONALE_MIN);
        rationale.setMaxLength(DecisionRequest.RATIONALE_MAX);
        rationale.setHelperText("Why? At least " + DecisionRequest.RATIONALE_MIN + " characters.");
        rationale.setWidthFull();
        form.add(rationale);
        add(form);
        var confirm = new Button(revoke ? "Revoke" : "Confirm", e -> confirm());
        confirm.setId("delegate-confirm");
        confirm.addThemeVariants(revoke ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("delegate-cancel");
        getFooter().add(cancel, confirm);
        setWidth("32rem");
    }

    private void confirm() {
        try {
            if (revoke) {
                delegations.revoke(modelId, rationale.getValue());
                Notifications.success("The delegation of approvals is revoked.");
            } else {
                var chosen = delegate.getValue();
                var view = delegations.delegate(modelId, chosen == null ? "" : chosen.username(),
                        rationale.getValue());
                Notifications.success("Approvals are delegated to " + view.delegate() + ".");
            }
            close();
            onDone.run();
        } catch (InvalidInputException e) {
            var errors = e.fieldErrors();
            delegate.setInvalid(errors.containsKey("delegate"));
            delegate.setErrorMessage(errors.get("delegate"));
            rationale.setInvalid(errors.containsKey("rationale"));
            rationale.setErrorMessage(errors.get("rationale"));
            Notifications.error(e.getMessage());
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow this.");
        }
    }
}
