package org.steward.card.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.HasFieldErrors;
import org.steward.base.ui.Badge;
import org.steward.base.ui.Notifications;
import org.steward.card.CardAuthoring;
import org.steward.card.CardView;
import org.steward.card.ComposedCard;
import org.steward.card.Completeness;
import org.steward.card.FeedbackDesk;
import org.steward.card.FeedbackKind;
import org.steward.card.FeedbackView;
import org.steward.card.Markdown;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/**
 * A model's card as its developers and owner work on it: per version the latest card with its completeness, the
 * editor with previews, publishing, the card's versions and the feedback readers sent.
 */
class CardPanel extends VerticalLayout {

    private final CardAuthoring authoring;
    private final FeedbackDesk feedback;
    private final Markdown markdown;
    private final ModelView model;
    private final ComboBox<VersionView> versions = new ComboBox<>("Version");
    private final Div status = new Div();
    private final Div completeness = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div body = new Div();
    private final Grid<CardView> history = new Grid<>();
    private @Nullable CardEditor editor;

    CardPanel(CardAuthoring authoring, FeedbackDesk feedback, Markdown markdown, ModelRegister register,
              ModelView model) {
        this.authoring = authoring;
        this.feedback = feedback;
        this.markdown = markdown;
        this.model = model;
        setId("card-tab");
        setPadding(false);
        var all = register.versions(model.id(), PageRequest.of(0, 100));
        if (all.isEmpty()) {
            add(new Paragraph("This model has no versions yet; a card describes a version."));
            return;
        }
        versions.setId("card-version");
        versions.setItemLabelGenerator(v -> v.label() + " · " + v.status().label());
        versions.setItems(all);
        versions.addValueChangeListener(e -> show(e.getValue()));
        status.setId("card-status");
        completeness.setId("card-completeness");
        actions.setId("card-actions");
        body.setId("card-body");
        body.setWidthFull();
        configureHistory();
        add(versions, status, completeness, actions, body, new H3("Card versions"), history, feedbackSection());
        versions.setValue(all.getFirst());
    }

    private void show(@Nullable VersionView version) {
        status.removeAll();
        completeness.removeAll();
        actions.removeAll();
        body.removeAll();
        editor = null;
        if (version == null) {
            history.setItems();
            return;
        }
        var current = authoring.current(model.id(), version.label());
        history.setItems(authoring.history(model.id(), version.label()));
        showCard(current);
        if (authoring.canEdit(model.id())) {
            var edit = new Button(current.card() != null && current.card().published() ? "Edit (new draft)" : "Edit",
                    e -> edit(version, current));
            edit.setId("card-edit");
            actions.add(edit);
        }
        var label = version.label();
        actions.add(new ExportLinks("card", format -> authoring.export(model.id(), label, format)));
        var card = current.card();
        if (card != null && !card.published() && authoring.canPublish(model.id())) {
            var publish = new Button("Publish", e -> publish(version, card));
            publish.setId("card-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setEnabled(current.completeness().complete());
            actions.add(publish);
        }
    }

    private void showCard(ComposedCard current) {
        status.removeAll();
        completeness.removeAll();
        var card = current.card();
        if (card == null) {
            status.add(new Span("No card for this version yet"), new Span(current.content().text().limitations() == null
                    ? "." : "; the editor starts from the model's latest card."));
        } else {
            status.add(new Span("Card " + card.number() + " · "), new Badge(card.status().label(),
                    card.published() ? "low" : "neutral"), new Span(card.published()
                    ? " · published by " + card.publishedBy() + " on " + Shown.when(card.publishedAt())
                    + " · content SHA-256 " + card.contentSha256()
                    : " · last edited by " + card.editedBy() + " on " + Shown.when(card.editedAt())));
        }
        completeness.add(completeness(current.completeness()));
        body.removeAll();
        body.add(new CardSections(current.content(), markdown));
    }

    static Paragraph completeness(Completeness c) {
        var text = "Completeness " + c.score() + "% (" + c.present() + " of " + c.items().size() + " items)";
        var required = c.missingRequired();
        var optional = c.missing().stream().filter(i -> !i.required()).toList();
        if (!required.isEmpty()) {
            text += " · required, missing: " + Completeness.labels(required);
        }
        if (!optional.isEmpty()) {
            text += " · also missing: " + Completeness.labels(optional);
        }
        var p = new Paragraph(new Badge(c.complete() ? "Complete" : "Incomplete", c.complete() ? "low" : "high"),
                new Span(" " + text));
        p.setId("card-completeness-text");
        return p;
    }

    private void edit(VersionView version, ComposedCard current) {
        var form = new CardEditor(markdown, current.content().text());
        editor = form;
        var save = new Button("Save draft", e -> save(version, form));
        save.setId("card-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> show(version));
        cancel.setId("card-cancel");
        actions.removeAll();
        actions.add(save, cancel);
        body.removeAll();
        body.add(form);
    }

    private void save(VersionView version, CardEditor form) {
        var card = authoring.current(model.id(), version.label()).card();
        var lock = card == null || card.published() ? null : card.lock();
        try {
            var saved = authoring.saveDraft(model.id(), version.label(), lock, form.value());
            Notifications.success("Saved draft " + saved.number() + " of the card of version " + version.label() + ".");
            show(version);
        } catch (DomainException e) {
            if (e instanceof HasFieldErrors errors && !errors.fieldErrors().isEmpty()) {
                form.showErrors(errors.fieldErrors());
            }
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow this.");
        }
    }

    private void publish(VersionView version, CardView card) {
        try {
            var published = authoring.publish(model.id(), version.label(), card.lock());
            Notifications.success("Published card " + published.number() + " of version " + version.label() + ".");
            show(version);
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow this.");
        }
    }

    private void configureHistory() {
        history.setId("card-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(CardView::number).setHeader("Card").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> c.editedBy() + ", " + Shown.when(c.editedAt())).setHeader("Last edited")
                .setAutoWidth(true);
        history.addColumn(c -> c.publishedAt() == null ? "—" : c.publishedBy() + ", " + Shown.when(c.publishedAt()))
                .setHeader("Published").setAutoWidth(true);
        history.addColumn(c -> c.contentSha256() == null ? "—" : c.contentSha256().substring(0, 12))
                .setHeader("Content SHA-256").setAutoWidth(true);
        history.setAllRowsVisible(true);
        history.setEmptyStateText("No card written for this version yet.");
        history.addItemClickListener(e -> showCard(authoring.get(e.getItem().id())));
    }

    private VerticalLayout feedbackSection() {
        var summary = feedback.summary(model.id());
        var kinds = new StringBuilder();
        for (var kind : FeedbackKind.values()) {
            kinds.append(" · ").append(kind.label().toLowerCase(Locale.ROOT)).append(": ")
                    .append(summary.byKind().getOrDefault(kind, 0L));
        }
        var line = new Paragraph(summary.total() + " message(s), " + summary.open() + " open" + kinds
                + (summary.averageRating() == null ? " · no clarity rating yet"
                : String.format(Locale.ROOT, " · clarity %.1f of 5 from %d rating(s)", summary.averageRating(),
                summary.ratings())));
        line.setId("card-feedback-summary");
        var grid = new Grid<FeedbackView>();
        grid.setId("card-feedback");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(f -> Shown.when(f.submittedAt())).setHeader("Sent").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FeedbackView::versionLabel).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> f.kind().label() + (f.rating() == null ? "" : " " + f.rating() + "/5"))
                .setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> Shown.text(f.message())).setHeader("Message").setFlexGrow(2)
                .setTooltipGenerator(f -> Shown.text(f.message()));
        grid.addColumn(f -> f.status().name().toLowerCase(Locale.ROOT)).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> Shown.text(f.reply())).setHeader("Answer").setFlexGrow(2);
        grid.setEmptyStateText("No feedback from readers yet.");
        grid.setItems(q -> feedback.ofModel(model.id(), PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) feedback.countOfModel(model.id()));
        grid.setHeight("14em");
        var section = new VerticalLayout(new H3("Feedback from readers"), line, grid);
        section.setPadding(false);
        return section;
    }
}
