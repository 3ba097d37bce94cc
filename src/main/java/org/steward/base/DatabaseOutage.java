package org.steward.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (the server is down, restarting or refuses connections), which the same
 * request may get past in a moment, from every other error. The REST API answers such a failure with 503 and
 * {@code Retry-After}, the UI with {@link #MESSAGE}.
 */
public final class DatabaseOutage {

    /** What users are told while the database cannot be reached. */
    public static final String MESSAGE = "The register's database is not reachable right now; try again in a moment.";

    /** The {@code Retry-After} the REST API sends with its 503 answers. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseOutage() {
    }

    /** Whether {@code failure} or one of its causes says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && (connectionState(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
            for (var suppressed : t.getSuppressed()) {
                if (causedBy(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * HikariCP's answer on a connection it has already discarded as broken: no SQL state. It is what the rollback
     * of a transaction whose connection the server terminated fails with, and Spring then throws the rollback's
     * failure in place of the first one (scripts/faults, the outage check, found that as a 500).
     */
    private static boolean closedByPool(SQLException e) {
        return e.getSQLState() == null && "Connection is closed".equals(e.getMessage());
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception), and PostgreSQL's 57P01..57P03
     * (the server is shutting down, or not accepting connections yet).
     */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
