package org.steward.register.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelDetails;

/** EU AI Act category, internal risk tier and the written justification of the tier. */
final class ModelRiskFields extends FormLayout {

    final ComboBox<EuRiskCategory> euCategory = new ComboBox<>("EU AI Act category");
    final ComboBox<InternalRiskTier> tier = new ComboBox<>("Internal risk tier");
    final TextArea justification = new TextArea("Risk justification");

    ModelRiskFields() {
        euCategory.setId("model-eu-risk");
        euCategory.setItems(EuRiskCategory.values());
        euCategory.setItemLabelGenerator(EuRiskCategory::label);
        euCategory.setRequiredIndicatorVisible(true);
        tier.setId("model-internal-tier");
        tier.setItems(InternalRiskTier.values());
        tier.setItemLabelGenerator(InternalRiskTier::label);
        tier.setRequiredIndicatorVisible(true);
        justification.setId("model-justification");
        justification.setMaxLength(ModelDetails.TEXT_MAX);
        justification.setRequiredIndicatorVisible(true);
        justification.setHelperText("Why this tier, in a few sentences");
        add(euCategory, tier, justification);
        setColspan(justification, 2);
    }

    void fill(ModelDetails d) {
        euCategory.setValue(d.euRiskCategory());
        tier.setValue(d.internalRiskTier());
        justification.setValue(d.riskJustification());
    }

    void bind(FieldErrors errors) {
        errors.bind("euRiskCategory", euCategory);
        errors.bind("internalRiskTier", tier);
        errors.bind("riskJustification", justification);
    }
}
