package org.steward.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/**
 * A tab's content, built when the tab is first shown: the tab sheet keeps every tab's content in the session, and
 * building all of them (charts, reports) on every visit cost each session megabytes and each visit the CPU of a dozen
 * views (docs/performance.md, UI under 200 concurrent sessions). A tab sheet keeps a tab's content attached once it
 * has been shown, so {@link #clear()} empties it and {@link #buildIfShown()} builds it again when it is shown next.
 */
final class LazyTab {

    private final Div holder = new Div();
    private final Supplier<Component> content;

    LazyTab(Supplier<Component> content) {
        this.content = content;
        holder.setWidthFull();
        holder.addAttachListener(e -> buildIfShown());
    }

    Div holder() {
        return holder;
    }

    void clear() {
        holder.removeAll();
    }

    void buildIfShown() {
        if (holder.isAttached() && holder.getComponentCount() == 0) {
            holder.add(content.get());
        }
    }
}
