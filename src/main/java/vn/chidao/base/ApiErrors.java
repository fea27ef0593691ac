package vn.chidao.base;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the REST API into {@code application/problem+json} with a readable
 * {@code detail} in the caller's language and, for invalid input, {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(basePackages = "vn.chidao")
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** One broken rule as the API reports it. */
    record FieldMessage(String field, String message) {
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private final Messages messages;

    ApiErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException error) {
        return problem(error);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException error) {
        List<FieldMessage> fields = error.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldMessage(fieldOf(v), v.getMessage()))
                .toList();
        return invalid(fields);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException error) {
        return invalid(List.of(new FieldMessage(error.getName(), msg("error.format"))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException error) {
        return problem(HttpStatus.FORBIDDEN, msg("error.forbidden"));
    }

    /** Two people acted on the same thing at once and the other one was first. */
    @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
    ProblemDetail concurrentChange(RuntimeException error) {
        log.info("Concurrent change refused: {}", error.getMessage());
        return problem(HttpStatus.CONFLICT, msg("error.concurrent"));
    }

    /**
     * A unique key broken despite the services' checks (two admins creating the same username at once) is the
     * same race: 409. Any other integrity error (a foreign key, a null) is a bug: 500, logged.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrityViolation(DataIntegrityViolationException error) {
        if (isUniqueViolation(error)) {
            return concurrentChange(error);
        }
        return unexpected(error);
    }

    /**
     * The connection to the database broke under the request (SQLState class 08, or 57P: the server shutting down),
     * whatever wraps it (the engine's exceptions); or the transaction could not even be rolled back on its connection,
     * which the pool had already closed (an SQLException without a state under Hibernate's TransactionException):
     * that failure hides the statement's own.
     */
    private static boolean lostDatabase(Throwable error) {
        boolean endingTransaction = false;
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.hibernate.TransactionException) {
                endingTransaction = true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null ? endingTransaction : state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** SQLState 23505, on H2 and PostgreSQL alike. */
    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database cannot be reached (stopped, restarting, the network to it down): 503, for the client to try again;
     * nothing was written. The node itself recovers once the database is back (docs/operations.md, "Crashes and
     * database outages").
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ProblemDetail databaseUnavailable(RuntimeException error) {
        log.warn("Database unavailable: {}", error.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, msg("error.unavailable"));
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException error) {
        DomainException cause = domainCause(error);
        if (cause != null) {
            return problem(cause);
        }
        if (lostDatabase(error)) {
            return databaseUnavailable(error);
        }
        log.error("Unexpected error", error);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, msg("error.unexpected"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException error,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> fields = new ArrayList<>();
        error.getBindingResult().getFieldErrors()
                .forEach(f -> fields.add(new FieldMessage(f.getField(), f.getDefaultMessage())));
        error.getBindingResult().getGlobalErrors()
                .forEach(g -> fields.add(new FieldMessage(g.getObjectName(), g.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalid(fields));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException error,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = error.getCause() instanceof JsonMappingException mapping ? pathOf(mapping, "body") : "body";
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldMessage(field, msg("error.format")))));
    }

    /** The JSON path of the value Jackson could not read ({@code directives[2].deadline}), or {@code whole}. */
    static String pathOf(JsonMappingException mapping, String whole) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(whole);
    }

    /**
     * A multipart body Tomcat cannot read (a file name with a NUL character, a broken boundary): 400 on the file; one
     * whose file part is over the limit, told by Tomcat under the same exception when the parts are read: 413.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException error) {
        if (tooLarge(error)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, msg("error.file.tooLargeUpload")));
        }
        log.info("Unreadable multipart request: {}", error.getMessage());
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldMessage("file", msg("error.format")))));
    }

    /** Spring's own test of a size failure (StandardMultipartHttpServletRequest), on every cause. */
    private static boolean tooLarge(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof MaxUploadSizeExceededException
                    || message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException error,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(
                new FieldMessage(error.getRequestPartName(), messages.get("error.required")))));
    }

    /** A file part over {@code spring.servlet.multipart.max-file-size} (the attachment limit), told before it is stored. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException error,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, msg("error.file.tooLargeUpload"));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getDetail() == null) {
            problem.setDetail(problem.getTitle());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail problem(DomainException error) {
        Locale locale = LocaleContextHolder.getLocale();
        if (error instanceof InvalidInputException invalid) {
            List<FieldMessage> fields = invalid.errors().stream()
                    .map(f -> new FieldMessage(f.field(), messages.get(locale, f.messageKey(), f.arguments())))
                    .toList();
            return invalid(fields);
        }
        return problem(statusOf(error), messages.describe(locale, error));
    }

    private static HttpStatus statusOf(DomainException error) {
        if (error instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (error instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        }
        if (error instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (error instanceof TooLargeException) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        return HttpStatus.BAD_REQUEST;
    }

    private ProblemDetail invalid(List<FieldMessage> fields) {
        String summary = fields.stream().map(f -> f.field() + ": " + f.message())
                .reduce((a, b) -> a + "; " + b).orElse("");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, msg("error.invalid") + " " + summary);
        problem.setProperty("errors", fields);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    private String msg(String key) {
        return messages.get(key);
    }

    /** The field of a service-method violation, without the method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts[parts.length - 1];
    }

    private static DomainException domainCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
