package org.rehabtrack.system.problem;

import org.rehabtrack.system.Refusal;

/**
 * The kinds of problem the API answers with. Each has a stable type URI (relative, as RFC 9457
 * allows) and a title in the message bundle under {@code problem.<key>.title}.
 */
public enum ProblemType {
    INVALID_INPUT(400, "invalid-input"),
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    STALE_VERSION(409, "stale-version"),
    DUPLICATE(409, "duplicate"),
    PHASE_GATE_NOT_MET(409, "phase-gate-not-met"),
    ILLEGAL_TRANSITION(409, "illegal-transition"),
    FROZEN(409, "frozen"),
    EXCEEDS_FUNDS(409, "exceeds-funds"),
    MISSING_RATE(409, "missing-rate"),
    NOT_ON_THIS_DATABASE(409, "not-on-this-database"),
    LAST_ADMINISTRATOR(409, "last-administrator"),
    TOO_LARGE(413, "too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    TOO_MANY_SIGN_INS(429, "too-many-sign-ins"),
    INTERNAL(500, "internal-error"),
    BUSY(503, "busy"),
    TIMED_OUT(503, "timed-out");

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    /** The problem a domain refusal is answered with: the one of the same name. */
    public static ProblemType of(Refusal.Reason reason) {
        return valueOf(reason.name());
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public String titleKey() {
        return "problem." + slug + ".title";
    }
}
