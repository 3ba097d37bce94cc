package org.steward.card.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.steward.card.CardAuthoring;
import org.steward.card.FeedbackDesk;
import org.steward.card.Markdown;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.ui.ModelTab;

/** The model card tab: for full-register readers; end users read published cards in the catalogue. */
@SpringComponent
class CardTab implements ModelTab {

    private final CardAuthoring authoring;
    private final FeedbackDesk feedback;
    private final Markdown markdown;
    private final ModelRegister register;

    CardTab(CardAuthoring authoring, FeedbackDesk feedback, Markdown markdown, ModelRegister register) {
        this.authoring = authoring;
        this.feedback = feedback;
        this.markdown = markdown;
        this.register = register;
    }

    @Override
    public String label() {
        return "Model card";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public boolean visible() {
        return authoring.canRead();
    }

    @Override
    public Component content(ModelView model) {
        return new CardPanel(authoring, feedback, markdown, register, model);
    }
}
