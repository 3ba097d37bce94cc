package org.steward.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.steward.approval.ApprovalDelegations;
import org.steward.approval.ApprovalWorkflow;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** The approval workflow of a model's versions; internal, so end users do not see it. */
@SpringComponent
class ApprovalTab implements ModelTab {

    private final ApprovalWorkflow workflow;
    private final ApprovalDelegations delegations;
    private final ModelRegister register;

    ApprovalTab(ApprovalWorkflow workflow, ApprovalDelegations delegations, ModelRegister register) {
        this.workflow = workflow;
        this.delegations = delegations;
        this.register = register;
    }

    @Override
    public String label() {
        return "Approval";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean visible() {
        return workflow.canRead();
    }

    @Override
    public Component content(ModelView model) {
        return new ApprovalPanel(workflow, delegations, register, model);
    }
}
