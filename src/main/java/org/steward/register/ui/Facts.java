package org.steward.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A list of labelled facts, such as the lineage of a version or the risk of a model. */
final class Facts extends DescriptionList {

    Facts() {
        addClassName("steward-facts");
    }

    Facts text(String term, @Nullable String value) {
        return add(term, new Span(Formats.text(value)));
    }

    /** A hash or commit id, shown in monospace so that it can be compared at a glance. */
    Facts hash(String term, @Nullable String value) {
        var span = new Span(Formats.text(value));
        span.addClassName("steward-hash");
        return add(term, span);
    }

    Facts add(String term, Component... value) {
        add(new Term(term), new Description(value));
        return this;
    }
}
