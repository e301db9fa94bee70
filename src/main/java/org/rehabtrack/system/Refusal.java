package org.rehabtrack.system;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A request the domain refuses: a rule not met, a record missing, a limit passed. It carries a
 * {@link Reason} and message keys rather than text, so the answer is written in the caller's
 * language; it knows nothing of HTTP. Entities and services throw it; {@code ProblemMappers} alone
 * turns it into a problem+json answer with the status its reason maps to.
 */
public class Refusal extends RuntimeException {

    /** Why a request is refused, in the domain's terms. */
    public enum Reason {
        INVALID_INPUT,
        MALFORMED_REQUEST,
        FORBIDDEN,
        NOT_FOUND,
        STALE_VERSION,
        DUPLICATE,
        PHASE_GATE_NOT_MET,
        ILLEGAL_TRANSITION,
        FROZEN,
        EXCEEDS_FUNDS,
        MISSING_RATE,
        NOT_ON_THIS_DATABASE,
        LAST_ADMINISTRATOR,
        TOO_LARGE,
        UNSUPPORTED_MEDIA_TYPE,
        TOO_MANY_SIGN_INS,
        BUSY,
        TIMED_OUT
    }

    private final Reason reason;
    private final Message detail;
    private final List<FieldProblem> fieldProblems;
    private final Duration retryAfter;

    public Refusal(Reason reason, Message detail, List<FieldProblem> fieldProblems) {
        this(reason, detail, fieldProblems, null);
    }

    private Refusal(
            Reason reason, Message detail, List<FieldProblem> fieldProblems, Duration retryAfter) {
        super(reason.name() + ": " + detail.key());
        this.reason = reason;
        this.detail = detail;
        this.fieldProblems = List.copyOf(fieldProblems);
        this.retryAfter = retryAfter;
    }

    /** A refusal for now: the caller should come back after the given time. */
    public static Refusal unavailable(
            Reason reason, Duration retryAfter, String key, Object... args) {
        return new Refusal(reason, new Message(key, args), List.of(), retryAfter);
    }

    public static Refusal notFound(String key, Object... args) {
        return new Refusal(Reason.NOT_FOUND, new Message(key, args), List.of());
    }

    /** A refusal for the given reason, with its explanation. */
    public static Refusal refused(Reason reason, String key, Object... args) {
        return new Refusal(reason, new Message(key, args), List.of());
    }

    public static Refusal conflict(Reason reason, String key, Object... args) {
        return refused(reason, key, args);
    }

    public static Refusal staleVersion(long expected, long actual) {
        return conflict(Reason.STALE_VERSION, "error.staleVersion", expected, actual);
    }

    /** One invalid field. */
    public static Refusal invalidField(String field, String key, Object... args) {
        return invalid(List.of(new FieldProblem(field, new Message(key, args))));
    }

    public static Refusal invalid(List<FieldProblem> problems) {
        return new Refusal(Reason.INVALID_INPUT, new Message("error.invalidInput"), problems);
    }

    public Reason reason() {
        return reason;
    }

    public Message detail() {
        return detail;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** When the caller may try again, for a refusal that is only for now. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** A message key with its arguments, resolved against the bundle in the caller's language. */
    public record Message(String key, Object... args) {}

    /** A field and what is wrong with it, still as a message key. */
    public record FieldProblem(String field, Message message) {}
}
