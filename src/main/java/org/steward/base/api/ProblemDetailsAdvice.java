package org.steward.base.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.steward.base.ConflictException;
import org.steward.base.DatabaseOutage;
import org.steward.base.DuplicateException;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.base.PermissionDeniedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns domain errors into RFC 9457 problem details for every REST controller under /api. Not limited to Steward's
 * packages: a request that finds no handler (wrong content type, unknown path, wrong method) has no controller to
 * match a package against, and must get a problem too rather than an empty body.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final String TYPE_BASE = "https://steward.example/problems/";

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage());
        problem.setProperty("errors", e.fieldErrors());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(DuplicateException.class)
    ProblemDetail duplicate(DuplicateException e) {
        var problem = problem(HttpStatus.CONFLICT, "duplicate", "Already exists", e.getMessage());
        problem.setProperty("errors", e.fieldErrors());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail stale(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "stale", "Stale update",
                "Someone else changed this item in the meantime; reload it and apply your change again.");
    }

    /** A unique constraint caught what the service's checks could not, e.g. two requests registering one name at once. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
                "The change collides with data saved at the same time (for example a duplicate name); "
                        + "reload and try again.");
    }

    /**
     * The database cannot be reached (down, restarting, refusing connections): nothing was changed, and the same
     * request may succeed shortly, so 503 with {@code Retry-After} rather than a 500.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            JDBCConnectionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
        return databaseUnavailable();
    }

    /** A failed commit or rollback, or an untranslated JDBC/JPA failure: 503 if the connection was lost, else a 500. */
    @ExceptionHandler({TransactionException.class, UncategorizedDataAccessException.class})
    ResponseEntity<ProblemDetail> transactionFailed(RuntimeException e) {
        if (DatabaseOutage.causedBy(e)) {
            return databaseUnavailable();
        }
        throw e;
    }

    /** The 503 answer to a request the database could not serve; also used outside Spring MVC. */
    static ResponseEntity<ProblemDetail> databaseUnavailable() {
        var problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                DatabaseOutage.MESSAGE);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Spring Data refuses a page whose first row lies past Integer.MAX_VALUE, e.g. {@code ?page=2147483647&size=100}. */
    @ExceptionHandler(InvalidDataAccessApiUsageException.class)
    ProblemDetail dataAccessUsage(InvalidDataAccessApiUsageException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("Page offset exceeds")) {
            return invalid(InvalidInputException.of("page",
                    "is too far: page × size must stay below " + Integer.MAX_VALUE));
        }
        throw e;
    }

    @ExceptionHandler({PermissionDeniedException.class, AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(RuntimeException e) {
        var detail = e instanceof PermissionDeniedException ? e.getMessage() : "Your role or token scope does not allow this.";
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getBindingResult().getFieldErrors()
                .forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
        var problem = invalid(new InvalidInputException(errors));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var databind = cause(ex, DatabindException.class);
        if (databind instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            // well-formed JSON, but a field has the wrong type or an unknown enum value: say which field
            return ResponseEntity.badRequest().body(invalid(InvalidInputException.of(path(mismatch), describe(mismatch))));
        }
        var jackson = cause(ex, JacksonException.class);
        String detail;
        if (jackson == null) {
            detail = "The request needs a JSON body.";
        } else if (databind instanceof ValueInstantiationException) {
            // the message would expose a NullPointerException from a record constructor
            detail = "The request body is not valid for this endpoint: a value is null where it must not be.";
        } else {
            detail = "The request body is not valid JSON for this endpoint: " + firstLine(jackson.getOriginalMessage());
        }
        var problem = problem(HttpStatus.BAD_REQUEST, "unreadable", "Malformed request body", detail);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A query parameter or path variable that cannot be converted, e.g. {@code ?stage=LIVE} or {@code /models/abc}. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        var message = "'" + ex.getValue() + "' is not " + expected(ex.getRequiredType());
        return ResponseEntity.badRequest().body(invalid(InvalidInputException.of(name, message)));
    }

    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(MismatchedInputException e) {
        var expected = expected(e.getTargetType());
        if (e instanceof InvalidFormatException f && f.getValue() instanceof String && f.getOriginalMessage() != null
                && f.getOriginalMessage().startsWith("must ")) {
            // refused by StrictJsonInput: the value itself may hold what cannot be shown (NUL, 1e999999999 digits)
            return f.getOriginalMessage();
        }
        return e instanceof InvalidFormatException f ? "'" + f.getValue() + "' is not " + expected : "expected " + expected;
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Instant.class) {
            return "a timestamp (ISO 8601)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static <T extends Throwable> @Nullable T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable input";
        }
        var cut = message.indexOf('\n');
        return cut > 0 ? message.substring(0, cut) : message;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
