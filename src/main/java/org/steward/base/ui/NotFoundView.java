package org.steward.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that is no page of Steward's and for a page the user's roles do not open (Vaadin's access
 * control reports both as not found, so that the answer does not tell which pages exist). Says nothing about the
 * address, so anyone may see it; outside the main layout, whose access rules would apply to it again.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        setId("not-found");
        add(new H2("Page not found"),
                new Paragraph("This page does not exist, or your roles do not allow you to open it. If you followed "
                        + "a link from a colleague, ask them or an administrator which role you need."),
                new Anchor("", "Back to the register"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
