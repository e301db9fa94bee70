package org.rehabtrack.system.problem;

/**
 * The attributes a refused sign-in carries on its {@code AuthenticationFailedException}, set by the
 * security feature and read by {@link ProblemMappers} to choose the answer.
 */
public final class SignInRefusal {

    /** Seconds to wait after failures in a row, for a {@code Retry-After} header (429). */
    public static final String RETRY_AFTER = "retry-after-seconds";

    /** A refusal for now, not for failures: every password check was taken (503). */
    public static final String BUSY = "sign-in-busy";

    private SignInRefusal() {}
}
