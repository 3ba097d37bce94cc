package org.steward.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.steward.base.DatabaseOutage;

/** A request the database cannot serve gets 503, Retry-After and a problem body; other failures do not. */
class DatabaseOutageProblemTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void every_kind_of_lost_connection_is_503_with_retry_after() throws Exception {
        for (var kind : new String[] {"no-transaction", "no-connection", "resource", "hibernate", "rollback"}) {
            mvc.perform(get("/fail/" + kind))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS)))
                    .andExpect(jsonPath("$.type").value("https://steward.example/problems/database-unavailable"))
                    .andExpect(jsonPath("$.title").value("Database unavailable"))
                    .andExpect(jsonPath("$.detail").value(DatabaseOutage.MESSAGE));
        }
    }

    @Test
    void a_failure_that_is_not_an_outage_is_not_told_to_retry() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new java.sql.SQLException("syntax", "42601"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new java.sql.SQLException("shutdown", "57P01"))))
                .isTrue();
    }

    @Test
    void an_outage_before_the_controller_is_answered_by_the_filter() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/models");
        var response = new MockHttpServletResponse();
        new DatabaseOutageFilter().doFilter(request, response, throwing(new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("Connection is not available, request timed out"))));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", DatabaseOutage.MESSAGE);
    }

    @Test
    void a_rollback_on_a_connection_the_server_terminated_is_an_outage_before_the_controller_too() throws Exception {
        var response = new MockHttpServletResponse();
        new DatabaseOutageFilter().doFilter(new MockHttpServletRequest("GET", "/api/v1/models"), response,
                throwing(rollbackOnClosedConnection()));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
    }

    @Test
    void a_failed_rollback_for_another_reason_is_not_an_outage() throws Exception {
        var other = new JpaSystemException(new org.hibernate.TransactionException("Unable to rollback",
                new SQLException("Connection is closed", "42000")));
        assertThat(DatabaseOutage.causedBy(other)).isFalse();
        var original = new IllegalStateException("bug");
        original.addSuppressed(new SQLException("terminating connection due to administrator command", "57P01"));
        assertThat(DatabaseOutage.causedBy(original)).isTrue();
    }

    /** As Spring throws it when the server terminated the connection mid-transaction (HikariCP closed it). */
    private static JpaSystemException rollbackOnClosedConnection() {
        return new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
    }

    @Test
    void the_filter_leaves_other_failures_and_the_ui_alone() {
        var api = new MockHttpServletRequest("GET", "/api/v1/models");
        assertThatThrownBy(() -> new DatabaseOutageFilter().doFilter(api, new MockHttpServletResponse(),
                throwing(new IllegalStateException("bug")))).isInstanceOf(IllegalStateException.class);
        var ui = new MockHttpServletRequest("GET", "/models");
        assertThatThrownBy(() -> new DatabaseOutageFilter().doFilter(ui, new MockHttpServletResponse(),
                throwing(new DataAccessResourceFailureException("down"))))
                .isInstanceOf(DataAccessResourceFailureException.class);
    }

    private static MockFilterChain throwing(RuntimeException failure) {
        return new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                throw failure;
            }
        };
    }

    @RestController
    static class Failing {
        @GetMapping("/fail/{kind}")
        String fail(@PathVariable String kind) {
            var cause = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
            throw switch (kind) {
                case "no-transaction" -> new CannotCreateTransactionException("Could not open JPA EntityManager", cause);
                case "no-connection" -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", cause);
                case "resource" -> new DataAccessResourceFailureException("Unable to acquire JDBC Connection", cause);
                case "rollback" -> rollbackOnClosedConnection();
                default -> new JDBCConnectionException("Unable to acquire JDBC Connection", cause);
            };
        }
    }
}
