package org.steward.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.steward.base.DatabaseOutage;

/** With the database out of reach, the UI says so plainly: a notification after a click, a page for a view. */
@ViewPackages(classes = {DatabaseOutageUiTest.OpensWithoutDatabase.class, DatabaseOutageUiTest.SavesWithoutDatabase.class,
        DatabaseUnavailableView.class, NoTransactionView.class})
class DatabaseOutageUiTest extends BrowserlessTest {

    @Test
    void a_view_that_cannot_reach_the_database_shows_the_message_instead_of_a_stack_trace() {
        var page = navigate("opens-without-database", NoTransactionView.class);
        assertThat($(Paragraph.class, page).single().getText()).isEqualTo(DatabaseOutage.MESSAGE);
        assertThat(page.getElement().getTextRecursively()).doesNotContain("Exception", "at org.");
    }

    @Test
    void a_failure_caused_deeper_down_by_the_outage_shows_the_page_too() {
        var page = navigate("saves-without-database", DatabaseUnavailableView.class);
        assertThat($(Paragraph.class, page).single().getText()).isEqualTo(DatabaseOutage.MESSAGE);
    }

    @Test
    void an_action_that_fails_on_the_outage_shows_a_notification_with_the_message() {
        new DatabaseOutageErrors().error(new ErrorEvent(new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"))));
        var notification = $(Notification.class).single();
        assertThat(test(notification).getText()).isEqualTo(DatabaseOutage.MESSAGE);
    }

    @Route(value = "opens-without-database", autoLayout = false)
    public static class OpensWithoutDatabase extends Div {
        public OpensWithoutDatabase() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException("Connection is not available"));
        }
    }

    @Route(value = "saves-without-database", autoLayout = false)
    public static class SavesWithoutDatabase extends Div {
        public SavesWithoutDatabase() {
            throw new IllegalStateException("loading the register failed",
                    new DataAccessResourceFailureException("Unable to acquire JDBC Connection"));
        }
    }
}
