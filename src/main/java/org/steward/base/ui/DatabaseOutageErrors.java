package org.steward.base.ui;

import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.steward.base.DatabaseOutage;

/**
 * Every Vaadin session's error handler: a click or an edit that fails because the database cannot be reached shows
 * {@link DatabaseOutage#MESSAGE} in a notification (the user may simply try again); any other error goes to Vaadin's
 * default handling. Failures while a view opens go to {@link DatabaseUnavailableView} instead.
 */
@Component
class DatabaseOutageErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageErrors.class);

    private final ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (!DatabaseOutage.causedBy(event.getThrowable())) {
            fallback.error(event);
            return;
        }
        LOG.warn("A UI request failed because the database cannot be reached: {}", event.getThrowable().toString());
        Notifications.error(DatabaseOutage.MESSAGE);
    }
}
