package org.steward.card.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.steward.card.CardText;
import org.steward.card.Markdown;

/**
 * The authored parts of a card: licence and contact as plain fields, the rest in markdown, each with its preview
 * rendered on the server as the author types (raw HTML is shown as text, never run).
 */
class CardEditor extends VerticalLayout {

    final TextField licence = new TextField("Licence");
    final TextField contact = new TextField("Contact");
    final TextArea limitations = area("Limitations, known failure modes and uncertainty (required)", "card-limitations");
    final TextArea ethics = area("Ethical considerations", "card-ethics");
    final TextArea caveats = area("Caveats and recommendations", "card-caveats");
    final TextArea contest = area("How to contest a decision", "card-contest");
    private final Markdown markdown;

    CardEditor(Markdown markdown, CardText text) {
        this.markdown = markdown;
        setId("card-editor");
        setPadding(false);
        licence.setId("card-licence");
        licence.setMaxLength(CardText.SHORT_MAX);
        licence.setPlaceholder("e.g. Proprietary, internal use only");
        contact.setId("card-contact");
        contact.setMaxLength(CardText.SHORT_MAX);
        contact.setPlaceholder("e.g. credit-models@example.com");
        var shortFields = new HorizontalLayout(licence, contact);
        shortFields.setWidthFull();
        licence.setWidth("50%");
        contact.setWidth("50%");
        var hint = new Span("Markdown: **bold**, *italic*, lists with -, links [text](https://…). HTML is shown as "
                + "text.");
        hint.addClassName("steward-muted");
        add(shortFields, hint, withPreview(limitations), withPreview(ethics), withPreview(caveats),
                withPreview(contest));
        setValue(text);
    }

    void setValue(CardText text) {
        licence.setValue(text.licence() == null ? "" : text.licence());
        contact.setValue(text.contact() == null ? "" : text.contact());
        limitations.setValue(text.limitations() == null ? "" : text.limitations());
        ethics.setValue(text.ethicalConsiderations() == null ? "" : text.ethicalConsiderations());
        caveats.setValue(text.caveats() == null ? "" : text.caveats());
        contest.setValue(text.howToContest() == null ? "" : text.howToContest());
    }

    CardText value() {
        return new CardText(licence.getValue(), contact.getValue(), limitations.getValue(), ethics.getValue(),
                caveats.getValue(), contest.getValue());
    }

    /** Shows the field errors of a refused save on their fields. */
    void showErrors(Map<String, String> errors) {
        mark(licence, errors.get("licence"));
        mark(contact, errors.get("contact"));
        mark(limitations, errors.get("limitations"));
        mark(ethics, errors.get("ethicalConsiderations"));
        mark(caveats, errors.get("caveats"));
        mark(contest, errors.get("howToContest"));
    }

    private static void mark(com.vaadin.flow.component.HasValidation field, @Nullable String error) {
        field.setInvalid(error != null);
        field.setErrorMessage(error);
    }

    private Component withPreview(TextArea area) {
        var preview = new Div();
        preview.setId(area.getId().orElseThrow() + "-preview");
        preview.addClassName("steward-markdown-preview");
        preview.setWidth("50%");
        area.setWidth("50%");
        area.addValueChangeListener(e -> render(preview, e.getValue()));
        render(preview, area.getValue());
        var row = new HorizontalLayout(area, preview);
        row.setWidthFull();
        return row;
    }

    private void render(Div preview, String source) {
        preview.removeAll();
        preview.add(Shown.markdown(markdown, source, "Preview"));
    }

    private static TextArea area(String label, String id) {
        var area = new TextArea(label);
        area.setId(id);
        area.setMaxLength(CardText.TEXT_MAX);
        area.setMinHeight("7em");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        return area;
    }
}
