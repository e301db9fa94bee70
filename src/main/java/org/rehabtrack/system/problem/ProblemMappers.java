package org.rehabtrack.system.problem;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.rehabtrack.system.Languages;
import org.rehabtrack.system.Refusal;

/**
 * The one place where failures become {@code application/problem+json} answers, in the caller's
 * language, and never with a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(Refusal e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers, uri);
        List<FieldError> errors =
                e.fieldProblems().stream()
                        .map(p -> new FieldError(p.field(), text(locale, p.message())))
                        .toList();
        Response response =
                respond(ProblemType.of(e.reason()), text(locale, e.detail()), errors, locale, uri);
        return e.retryAfter()
                .map(wait -> withHeader(response, "Retry-After", Math.max(1, wait.toSeconds())))
                .orElse(response);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers, uri);
        List<FieldError> errors =
                e.getConstraintViolations().stream()
                        .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                        .sorted(
                                Comparator.comparing(FieldError::field)
                                        .thenComparing(FieldError::message))
                        .toList();
        return respond(
                ProblemType.INVALID_INPUT,
                Messages.get(locale, "error.invalidInput"),
                errors,
                locale,
                uri);
    }

    // Listed one by one so these win over Quarkus's built-in mappers for the same types.
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class
    })
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof JsonGenerationException || e instanceof InvalidDefinitionException) {
            // Writing an answer failed (or a type cannot be written): the service's fault, not the
            // request's.
            return unexpected(e, headers, uri);
        }
        return refused(JsonProblems.refusal(e), headers, uri);
    }

    /**
     * A request body that could not be read to its end: a multipart envelope that never closes, a
     * connection cut mid-upload (400), or a body streamed without a length past the outer limit
     * (413). Resources never throw IOException themselves (storage wraps it), so these come from
     * reading the request.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers, uri);
        if ("Request too large".equals(e.getMessage())) {
            return respond(ProblemType.TOO_LARGE, "problem.too-large.detail", locale, uri);
        }
        LOG.debugf("Request body unreadable: %s", e.getMessage());
        return respond(ProblemType.MALFORMED_REQUEST, "error.badRequest", locale, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(Exception e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers, uri);
        return respond(ProblemType.STALE_VERSION, "error.concurrentChange", locale, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return refused(JsonProblems.refusal(unreadable), headers, uri);
        }
        Locale locale = locale(headers, uri);
        ProblemType type =
                e instanceof NotFoundException
                        ? ProblemType.NOT_FOUND
                        : e instanceof NotAllowedException
                                ? ProblemType.METHOD_NOT_ALLOWED
                                : e instanceof NotSupportedException
                                        ? ProblemType.UNSUPPORTED_MEDIA_TYPE
                                        : e instanceof NotAcceptableException
                                                ? ProblemType.NOT_ACCEPTABLE
                                                : e.getResponse().getStatus() == 413
                                                        ? ProblemType.TOO_LARGE
                                                        : null;
        if (type == null && e.getResponse().getStatus() == 400) {
            return respond(ProblemType.MALFORMED_REQUEST, "error.badRequest", locale, uri);
        }
        if (type == null) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.error("Request failed", e);
            }
            return respond(
                    status,
                    "about:blank",
                    e.getResponse().getStatusInfo().getReasonPhrase(),
                    null,
                    List.of(),
                    uri);
        }
        String detailKey = "problem." + type.uri().substring("/problems/".length()) + ".detail";
        return respond(type, detailKey, locale, uri);
    }

    /**
     * No credentials, or none that sign in: 401, saying how to sign in; too many failures: 429;
     * every password check taken, or the database out of reach for now: 503 with Retry-After.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers, uri);
        if (e instanceof AuthenticationFailedException failed
                && failed.getAttribute(SignInRefusal.BUSY) != null) {
            return refused(
                    Refusal.unavailable(
                            Refusal.Reason.BUSY, Duration.ofSeconds(1), "problem.busy.signIn"),
                    headers,
                    uri);
        }
        Contention contention = Contention.of(e);
        if (contention != null) {
            LOG.warnf("Sign-in refused for now, %s: %s", contention, Contention.describe(e));
            return refused(contention.refusal(), headers, uri);
        }
        if (e instanceof AuthenticationFailedException failed
                && failed.getAttribute(SignInRefusal.RETRY_AFTER) != null) {
            return withHeader(
                    respond(
                            ProblemType.TOO_MANY_SIGN_INS,
                            "problem.too-many-sign-ins.detail",
                            locale,
                            uri),
                    "Retry-After",
                    failed.<Long>getAttribute(SignInRefusal.RETRY_AFTER));
        }
        return withHeader(
                respond(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail", locale, uri),
                "WWW-Authenticate",
                "Basic realm=\"RehabTrack\", charset=\"UTF-8\"");
    }

    /** Signed in, but the role may not do this: 403, logged with who and what. */
    @ServerExceptionMapper
    public Response forbidden(
            ForbiddenException e,
            ContainerRequestContext request,
            HttpHeaders headers,
            UriInfo uri) {
        LOG.warnf(
                "Access refused: %s %s for %s",
                request.getMethod(),
                uri.getRequestUri().getRawPath(),
                org.rehabtrack.system.Actor.of(request.getSecurityContext()));
        Locale locale = locale(headers, uri);
        return respond(ProblemType.FORBIDDEN, "problem.forbidden.detail", locale, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers, uri);
        Contention contention = Contention.of(e);
        if (contention != null) {
            // Another transaction held what this one needed: the change was rolled back, nothing is
            // wrong
            // with the service, and the same request may well go through when tried again.
            LOG.warnf("Request refused, %s: %s", contention, Contention.describe(e));
            return refused(contention.refusal(), headers, uri);
        }
        if (causes(e)
                .anyMatch(
                        cause ->
                                cause instanceof SQLException sql
                                        && "22021".equals(sql.getSQLState()))) {
            // PostgreSQL refuses a NUL in text (SQLState 22021); JSON bodies are refused before,
            // forms here.
            return respond(ProblemType.MALFORMED_REQUEST, "error.badRequest", locale, uri);
        }
        // After contention, which may roll a commit back too (a version check at commit): the
        // transaction manager rolls one back under the request only when it outlives its time limit
        // (60 s, or the report's own).
        if (causes(e).anyMatch(RollbackException.class::isInstance)) {
            LOG.warnf(
                    "Transaction rolled back before it could commit (time limit passed): %s",
                    uri == null ? "" : uri.getPath());
            return respond(ProblemType.TIMED_OUT, "error.timedOut", locale, uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(ProblemType.INTERNAL, "error.internal", locale, uri);
    }

    /** The exception and its causes, outermost first (at most 32: a cycle ends the walk too). */
    private static Stream<Throwable> causes(Throwable e) {
        return Stream.iterate(e, Objects::nonNull, Throwable::getCause).limit(32);
    }

    /**
     * A failure that only says that concurrent transactions met, found anywhere among an
     * exception's causes (Hibernate, the transaction manager and the REST layer wrap them in turn):
     * the record changed since it was read (a version check at commit); a lock not had in time, a
     * deadlock or a serialization failure (H2 waits two seconds for a row lock; PostgreSQL breaks
     * deadlocks); a unique key taken by a transaction that checked for it at the same time as this
     * one; no connection of the pool free in time (every one held by other requests).
     */
    enum Contention {
        STALE(Refusal.Reason.STALE_VERSION),
        BUSY(Refusal.Reason.BUSY),
        /**
         * No database connection came free in time (Agroal's acquisition timeout): the pool is
         * exhausted.
         */
        EXHAUSTED(Refusal.Reason.BUSY),
        DUPLICATE(Refusal.Reason.DUPLICATE);

        /**
         * How Agroal says that no connection of the pool came free within its acquisition timeout.
         */
        private static final String AGROAL_ACQUISITION_TIMEOUT = "Sorry, acquisition timeout";

        /** H2's "Timeout trying to lock table" (SQLState HYT00) and "Concurrent update" (90131). */
        private static final int H2_LOCK_TIMEOUT = 50200;

        private static final int H2_CONCURRENT_UPDATE = 90131;

        final Refusal.Reason reason;

        Contention(Refusal.Reason reason) {
            this.reason = reason;
        }

        static Contention of(Throwable e) {
            return causes(e)
                    .map(Contention::ofCause)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }

        private static Contention ofCause(Throwable t) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return STALE;
            }
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.exception.LockTimeoutException) {
                return BUSY;
            }
            if (t instanceof SQLException sql
                    && sql.getMessage() != null
                    && sql.getMessage().startsWith(AGROAL_ACQUISITION_TIMEOUT)) {
                return EXHAUSTED;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.equals("40001")
                        || state.equals("40P01")
                        || state.equals("55P03")
                        || sql.getErrorCode() == H2_LOCK_TIMEOUT
                        || sql.getErrorCode() == H2_CONCURRENT_UPDATE) {
                    return BUSY;
                }
                if (state.equals("23505")) {
                    return DUPLICATE;
                }
            }
            return null;
        }

        /** The refusal to answer with: busy ones may try again in a second. */
        Refusal refusal() {
            return switch (this) {
                case STALE -> Refusal.refused(reason, "error.concurrentChange");
                case BUSY ->
                        Refusal.unavailable(reason, Duration.ofSeconds(1), "problem.busy.detail");
                case EXHAUSTED ->
                        Refusal.unavailable(
                                reason, Duration.ofSeconds(1), "problem.busy.exhausted");
                case DUPLICATE -> Refusal.refused(reason, "problem.duplicate.detail");
            };
        }

        /** The innermost cause's message, for the log: the table or constraint concerned. */
        static String describe(Throwable e) {
            Throwable last = causes(e).reduce((outer, inner) -> inner).orElse(e);
            return last.getClass().getSimpleName() + ": " + last.getMessage();
        }
    }

    /**
     * A problem of this type whose detail is the message {@code detailKey}, with no field errors.
     */
    private static Response respond(
            ProblemType type, String detailKey, Locale locale, UriInfo uri) {
        return respond(type, Messages.get(locale, detailKey), List.of(), locale, uri);
    }

    private static Response respond(
            ProblemType type, String detail, List<FieldError> errors, Locale locale, UriInfo uri) {
        return respond(
                type.status(),
                type.uri(),
                Messages.get(locale, type.titleKey()),
                detail,
                errors,
                uri);
    }

    private static Response respond(
            int status,
            String type,
            String title,
            String detail,
            List<FieldError> errors,
            UriInfo uri) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = new Problem(type, title, status, detail, instance, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The same answer with one header more. */
    private static Response withHeader(Response response, String name, Object value) {
        return Response.fromResponse(response).header(name, value).build();
    }

    /**
     * The answer's language, negotiated as for pages and workbooks ({@link Languages#chosen}): a
     * {@code ?lang=}, then the language the user chose before (its cookie), then {@code
     * Accept-Language}.
     */
    private static Locale locale(HttpHeaders headers, UriInfo uri) {
        String asked = null;
        String remembered = null;
        try {
            asked = uri == null ? null : uri.getQueryParameters().getFirst("lang");
            Cookie cookie = headers == null ? null : headers.getCookies().get(Languages.COOKIE);
            remembered = cookie == null ? null : cookie.getValue();
        } catch (RuntimeException unreadable) {
            // A query or cookie that cannot be read leaves the caller's Accept-Language.
        }
        return Languages.chosen(headers, asked, remembered);
    }

    private static String text(Locale locale, Refusal.Message message) {
        return Messages.get(locale, message);
    }

    /**
     * The JSON name of a violated property: "capacity", "items[2].quantity"; "body" for the whole
     * request.
     */
    public static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
