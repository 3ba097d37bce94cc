package org.steward.card.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.HasFieldErrors;
import org.steward.base.ui.Notifications;
import org.steward.card.FeedbackDesk;
import org.steward.card.FeedbackKind;
import org.steward.card.FeedbackRequest;
import org.steward.card.FeedbackView;

/**
 * Tell the owner: rate the card's clarity, ask a question, report a problem or contest a decision; below, what the
 * reader sent and the owner's answers. Everything is plain text.
 */
class FeedbackForm extends VerticalLayout {

    final RadioButtonGroup<FeedbackKind> kind = new RadioButtonGroup<>("What would you like to do?");
    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>("How clear is this card? 1 = hard to follow, "
            + "5 = very clear");
    final TextArea message = new TextArea("Your message");
    final TextField reference = new TextField("Reference of the decision (optional)");
    final Button send = new Button("Send");
    private final Div mine = new Div();
    private final FeedbackDesk desk;
    private final long cardId;

    FeedbackForm(FeedbackDesk desk, long cardId) {
        this.desk = desk;
        this.cardId = cardId;
        setId("feedback-form");
        setPadding(false);
        kind.setId("feedback-kind");
        kind.setItems(FeedbackKind.values());
        kind.setItemLabelGenerator(k -> switch (k) {
            case CLARITY -> "Rate how clear this card is";
            case QUESTION -> "Ask a question";
            case PROBLEM -> "Report a problem";
            case CONTEST -> "Contest a decision";
        });
        rating.setId("feedback-rating");
        rating.setItems(List.of(1, 2, 3, 4, 5));
        message.setId("feedback-message");
        message.setMaxLength(FeedbackRequest.MESSAGE_MAX);
        message.setWidthFull();
        message.setValueChangeMode(ValueChangeMode.EAGER);
        reference.setId("feedback-reference");
        reference.setMaxLength(FeedbackRequest.REFERENCE_MAX);
        reference.setPlaceholder("e.g. your application number");
        send.setId("feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        kind.addValueChangeListener(e -> adapt(e.getValue()));
        mine.setId("feedback-mine");
        mine.setWidthFull();
        var intro = new Paragraph("Your message goes to the model's business owner, who answers here. Do not include "
                + "more personal details than needed.");
        intro.addClassName("steward-muted");
        add(new H3("Tell the owner"), intro, kind, rating, message, reference, send, mine);
        kind.setValue(FeedbackKind.QUESTION);
        showMine();
    }

    private void adapt(FeedbackKind chosen) {
        rating.setVisible(chosen == FeedbackKind.CLARITY);
        reference.setVisible(chosen == FeedbackKind.CONTEST || chosen == FeedbackKind.PROBLEM);
        message.setLabel(chosen == FeedbackKind.CLARITY ? "Comment (optional)" : "Your message");
    }

    private void send() {
        var chosen = kind.getValue();
        var request = new FeedbackRequest(chosen, chosen == FeedbackKind.CLARITY ? rating.getValue() : null,
                message.getValue(), reference.isVisible() ? reference.getValue() : null);
        try {
            desk.submit(cardId, request);
            Notifications.success("Sent. The owner's answer will appear below.");
            message.clear();
            reference.clear();
            rating.clear();
            showErrors(Map.of());
            showMine();
        } catch (DomainException e) {
            if (e instanceof HasFieldErrors errors && !errors.fieldErrors().isEmpty()) {
                showErrors(errors.fieldErrors());
            } else {
                Notifications.error(e.getMessage());
            }
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow this.");
        }
    }

    private void showErrors(Map<String, String> errors) {
        message.setInvalid(errors.containsKey("message"));
        message.setErrorMessage(errors.get("message"));
        reference.setInvalid(errors.containsKey("reference"));
        reference.setErrorMessage(errors.get("reference"));
        rating.setInvalid(errors.containsKey("rating"));
        rating.setErrorMessage(errors.get("rating"));
    }

    private void showMine() {
        mine.removeAll();
        var sent = desk.mine(cardId);
        if (sent.isEmpty()) {
            return;
        }
        mine.add(new H4("Your messages"));
        for (var f : sent) {
            mine.add(item(f));
        }
    }

    private static Div item(FeedbackView f) {
        var item = new Div();
        item.addClassName("steward-feedback-item");
        item.setId("feedback-item-" + f.id());
        var head = new Paragraph(f.kind().label() + (f.rating() == null ? "" : ": " + f.rating() + " of 5")
                + (f.reference() == null ? "" : " · reference " + f.reference()) + " · sent " + Shown.when(f.submittedAt()));
        head.addClassName("steward-muted");
        item.add(head);
        if (f.message() != null) {
            item.add(new Paragraph(f.message()));
        }
        var answer = f.reply() == null
                ? new Paragraph(f.closedAt() == null ? "Waiting for the owner's answer." : "Closed without an answer.")
                : new Paragraph("Answer from " + f.repliedBy() + " (" + Shown.when(f.repliedAt()) + "): " + f.reply());
        answer.addClassName("steward-feedback-answer");
        item.add(answer);
        return item;
    }
}
