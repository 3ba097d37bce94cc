package org.steward.card.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.steward.base.NotFoundException;
import org.steward.card.CardCatalogue;
import org.steward.card.FeedbackDesk;
import org.steward.card.Markdown;
import org.steward.card.PlainCard;

/**
 * A published card in plain language, for the people its model affects: what it is for, what it looks at, how often
 * it is right (in words and a picture of 100 cases), who it may be less accurate for, how to contest a decision, how
 * it is doing now. The full card is one click away; the feedback form and the reader's own messages are below.
 */
@Route("cards/:cardId")
@PermitAll
public class PlainCardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CARD_ID = "cardId";

    private final CardCatalogue catalogue;
    private final FeedbackDesk feedback;
    private final Markdown markdown;
    private String title = "Model card · Steward";

    PlainCardView(CardCatalogue catalogue, FeedbackDesk feedback, Markdown markdown) {
        this.catalogue = catalogue;
        this.feedback = feedback;
        this.markdown = markdown;
        addClassName("steward-view");
        addClassName("steward-plain-card");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(CARD_ID).orElse("");
        try {
            show(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            removeAll();
            title = "Model card not found · Steward";
            var message = new Div(new H2("Model card not found"), new Paragraph("There is no published model card "
                    + id + ", or you may not see it."), new RouterLink("Back to the model cards",
                    CardCatalogueView.class));
            message.setId("card-not-found");
            add(message);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(long cardId) {
        var card = catalogue.plain(cardId);
        var full = catalogue.get(cardId);
        removeAll();
        title = card.modelName() + " · model card · Steward";
        var back = new RouterLink("← Model cards", CardCatalogueView.class);
        back.addClassName("steward-muted");
        var heading = new H2(card.modelName());
        heading.setId("plain-title");
        var sub = new Paragraph("Version " + card.versionLabel() + " · card " + card.cardNumber() + " · "
                + card.lastReview());
        sub.addClassName("steward-muted");
        sub.setId("plain-review");
        add(back, heading, sub,
                part("What it is for", "plain-purpose", text(card.purpose()), card.notFor() == null ? null
                        : text("It must not be used for: " + card.notFor())),
                part("What it looks at", "plain-looks-at", text(card.looksAt())),
                part("How well it works", "plain-how-well", text(card.howWell()), picture(card.correctOutOf100())),
                part("Who it may be less accurate for", "plain-less-accurate", list(card)),
                part("Its limits", "plain-limitations", card.limitations() == null ? text("Not described.")
                        : new Html("<div class=\"steward-markdown\">" + card.limitations() + "</div>")),
                part("How it is doing now", "plain-health", text(card.health())),
                part("How to contest a decision", "plain-contest", text(card.contest()), card.howToContest() == null
                        ? null : new Html("<div class=\"steward-markdown\">" + card.howToContest() + "</div>"),
                        card.contact() == null ? null : text("Contact: " + card.contact())));
        if (card.nextReview() != null) {
            add(text(card.nextReview()));
        }
        var details = new Details("The full model card", new CardSections(full.content(), markdown));
        details.setId("plain-full-card");
        details.setWidthFull();
        add(details, new ExportLinks("plain", format -> catalogue.export(cardId, format)),
                new FeedbackForm(feedback, cardId));
    }

    private static Component part(String heading, String id, @Nullable Component... content) {
        var part = new VerticalLayout(new H3(heading));
        for (var c : content) {
            if (c != null) {
                part.add(c);
            }
        }
        part.setId(id);
        part.setPadding(false);
        part.setSpacing(false);
        return part;
    }

    private static Paragraph text(String text) {
        return new Paragraph(text);
    }

    private static UnorderedList list(PlainCard card) {
        var list = new UnorderedList();
        card.lessAccurateFor().forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    /** 100 squares, the first {@code correct} filled: a picture of "correct about N of 100 times". */
    static @Nullable Component picture(@Nullable Integer correct) {
        if (correct == null) {
            return null;
        }
        var grid = new Div();
        grid.setId("plain-picture");
        grid.addClassName("steward-hundred");
        grid.getElement().setAttribute("role", "img");
        grid.getElement().setAttribute("aria-label", correct + " of 100 cases right");
        for (int i = 0; i < 100; i++) {
            var cell = new Span();
            cell.addClassName(i < correct ? "right" : "wrong");
            grid.add(cell);
        }
        var legend = new Span(correct + " right, " + (100 - correct) + " wrong, out of 100 cases");
        legend.addClassName("steward-muted");
        return new Div(grid, legend);
    }
}
