package org.rehabtrack.system.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A request the service refuses, carrying message keys rather than text so the answer is written in
 * the caller's language. Thrown by services; turned into problem+json in one place.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final Message detail;
    private final List<FieldProblem> fieldProblems;
    private final Duration retryAfter;

    public ApiException(ProblemType type, Message detail, List<FieldProblem> fieldProblems) {
        this(type, detail, fieldProblems, null);
    }

    private ApiException(
            ProblemType type,
            Message detail,
            List<FieldProblem> fieldProblems,
            Duration retryAfter) {
        super(type.name() + ": " + detail.key());
        this.type = type;
        this.detail = detail;
        this.fieldProblems = List.copyOf(fieldProblems);
        this.retryAfter = retryAfter;
    }

    /** A refusal for now (503): the client should come back after the given time (Retry-After). */
    public static ApiException unavailable(
            ProblemType type, Duration retryAfter, String key, Object... args) {
        return new ApiException(type, new Message(key, args), List.of(), retryAfter);
    }

    public static ApiException notFound(String key, Object... args) {
        return new ApiException(ProblemType.NOT_FOUND, new Message(key, args), List.of());
    }

    /** A refusal of the given type (409, 413, 415...) with its reason. */
    public static ApiException refused(ProblemType type, String key, Object... args) {
        return new ApiException(type, new Message(key, args), List.of());
    }

    public static ApiException conflict(ProblemType type, String key, Object... args) {
        return refused(type, key, args);
    }

    public static ApiException staleVersion(long expected, long actual) {
        return conflict(ProblemType.STALE_VERSION, "error.staleVersion", expected, actual);
    }

    /** One invalid field. */
    public static ApiException invalidField(String field, String key, Object... args) {
        return invalid(List.of(new FieldProblem(field, new Message(key, args))));
    }

    public static ApiException invalid(List<FieldProblem> problems) {
        return new ApiException(
                ProblemType.INVALID_INPUT, new Message("error.invalidInput"), problems);
    }

    public ProblemType type() {
        return type;
    }

    public Message detail() {
        return detail;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** When the client may try again, for a refusal that is only for now. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** A message key with its arguments, resolved against the bundle in the caller's language. */
    public record Message(String key, Object... args) {}

    /** A field and what is wrong with it, still as a message key. */
    public record FieldProblem(String field, Message message) {}
}
