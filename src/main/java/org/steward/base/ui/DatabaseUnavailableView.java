package org.steward.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Shown instead of a view that could not open because the database cannot be reached (also when that failure is
 * the cause of another, e.g. of creating the view): the message and a link to try again, never a stack trace.
 */
@AnonymousAllowed
public class DatabaseUnavailableView extends OutagePage
        implements HasErrorParameter<DataAccessResourceFailureException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        return show(event);
    }
}
