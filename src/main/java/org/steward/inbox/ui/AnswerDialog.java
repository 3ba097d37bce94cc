package org.steward.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.HasFieldErrors;
import org.steward.base.ui.Notifications;
import org.steward.card.FeedbackRequest;
import org.steward.card.FeedbackView;
import org.steward.inbox.MyWork;

/** The owner answers a reader's feedback on a card (which closes it), or closes it without an answer. */
class AnswerDialog extends Dialog {

    AnswerDialog(MyWork work, FeedbackView feedback, Runnable done) {
        setHeaderTitle(feedback.kind().label() + " on " + feedback.modelName() + " " + feedback.versionLabel());
        var from = new Paragraph("From " + feedback.submittedBy() + (feedback.reference() == null ? ""
                : " · reference " + feedback.reference()) + (feedback.rating() == null ? ""
                : " · rated " + feedback.rating() + " of 5"));
        from.addClassName("steward-muted");
        var message = new Paragraph(feedback.message() == null ? "" : feedback.message());
        message.setId("answer-message");
        var reply = new TextArea("Your answer (the reader sees it on the card)");
        reply.setId("answer-text");
        reply.setWidthFull();
        reply.setMaxLength(FeedbackRequest.MESSAGE_MAX);
        reply.setValueChangeMode(ValueChangeMode.EAGER);
        var send = new Button("Answer and close", e -> run(() -> work.answerCardFeedback(feedback.id(), feedback.lock(),
                reply.getValue()), reply, done, "Answered; the reader sees it on the card."));
        send.setId("answer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(false);
        reply.addValueChangeListener(e -> send.setEnabled(!e.getValue().isBlank()));
        var close = new Button("Close without answer", e -> run(() -> work.closeCardFeedback(feedback.id(),
                feedback.lock()), reply, done, "Closed."));
        close.setId("answer-close");
        add(from, message, reply);
        getFooter().add(new Button("Cancel", e -> close()), close, send);
        setWidth("36rem");
    }

    private void run(Runnable action, TextArea reply, Runnable done, String success) {
        try {
            action.run();
            Notifications.success(success);
            close();
            done.run();
        } catch (DomainException e) {
            if (e instanceof HasFieldErrors errors && errors.fieldErrors().containsKey("reply")) {
                reply.setInvalid(true);
                reply.setErrorMessage(errors.fieldErrors().get("reply"));
            } else {
                Notifications.error(e.getMessage());
            }
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow this.");
        }
    }
}
