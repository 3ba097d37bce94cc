package org.steward.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.steward.base.DatabaseOutage;

/** The page of the database outage error views: what happened, and a link to the same place to try again. */
abstract class OutagePage extends VerticalLayout {

    OutagePage() {
        setId("database-unavailable");
    }

    int show(BeforeEnterEvent event) {
        removeAll();
        var again = new Anchor(event.getLocation().getPathWithQueryParameters(), "Try again");
        add(new H2("Database not reachable"), new Paragraph(DatabaseOutage.MESSAGE), again);
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
