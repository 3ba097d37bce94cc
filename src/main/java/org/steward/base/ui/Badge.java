package org.steward.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label; level is one of high, medium, low or neutral. */
public final class Badge extends Span {

    public Badge(String text, String level) {
        super(text);
        addClassName("steward-badge");
        getElement().setAttribute("data-level", level);
    }
}
