package org.steward.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.transaction.CannotCreateTransactionException;

/** {@link DatabaseUnavailableView} for a view whose service found no connection to start its transaction with. */
@AnonymousAllowed
public class NoTransactionView extends OutagePage implements HasErrorParameter<CannotCreateTransactionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        return show(event);
    }
}
