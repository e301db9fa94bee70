package org.rehabtrack.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.rehabtrack.system.RehabtrackConfig;
import org.rehabtrack.system.problem.SignInRefusal;

/**
 * Turns a user name and password into the identity of an enabled user (in production, not a demo
 * account). Every failure is the same {@link AuthenticationFailedException}, whether the user is
 * unknown, disabled, a demo account in production, or the password wrong; an unknown user costs a
 * bcrypt check too, so time tells nothing either.
 *
 * <p>Under attack, it holds: the database is used only in short transactions (the throttle and the
 * user, then the reservation of a check), never while bcrypt runs; bcrypt runs at most {@code
 * max-parallel-checks} at once, and a sign-in that finds none free is refused for now (503 with
 * Retry-After) rather than queued; and each check is counted as a failure before it runs ({@link
 * SignInThrottle#reserve}), so guesses sent at once cannot run past the limit.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class);

    /** Identity attribute: the id of the user's organisation (a partner), when it has one. */
    public static final String ORGANISATION = "organisation";

    private final UserRepository users;
    private final SignInThrottle throttle;
    private final VerifiedPasswords passwords;
    private final boolean demoRun;

    SignIn(
            UserRepository users,
            SignInThrottle throttle,
            VerifiedPasswords passwords,
            RehabtrackConfig config) {
        this.demoRun = config.demo();
        this.users = users;
        this.throttle = throttle;
        this.passwords = passwords;
    }

    /**
     * What the first, short read found: the user of the name, and whether the name has failures
     * counted.
     */
    private record Found(Optional<UserAccount> user, boolean nameHasFailures) {}

    @ActivateRequestContext
    public SecurityIdentity withPassword(String username, String password, String address) {
        Found found =
                QuarkusTransaction.requiringNew()
                        .call(
                                () -> {
                                    boolean nameHasFailures = throttle.check(username, address);
                                    return new Found(
                                            users.findByUsername(username), nameHasFailures);
                                });
        boolean remembered =
                found.user().isPresent() && passwords.remembered(found.user().get(), password);
        boolean matches = remembered || checkPassword(found.user(), username, password, address);
        if (!accepted(found.user(), matches)) {
            if (remembered) {
                throttle.failed(username, address); // a checked password was counted when reserved
            }
            LOG.warnf("Sign-in refused for user name \"%s\" from %s", printable(username), address);
            throw new AuthenticationFailedException();
        }
        UserAccount user = found.user().get();
        if (!remembered || found.nameHasFailures()) {
            throttle.succeeded(username, address, !remembered);
        }
        if (!remembered) {
            passwords.remember(user, password);
            LOG.infof("Signed in: %s (%s) from %s", user.getUsername(), user.getRole(), address);
        }
        return identity(user);
    }

    /**
     * Whether the user found may sign in, its password having matched or not: the one place where a
     * user is judged.
     */
    private boolean accepted(Optional<UserAccount> found, boolean passwordMatches) {
        return found.isPresent() && passwordMatches && found.get().maySignIn(demoRun);
    }

    /**
     * Checks the password with bcrypt, outside any transaction, once the check is counted against
     * the name and the address (refused past their limits, 429).
     */
    private boolean checkPassword(
            Optional<UserAccount> found, String username, String password, String address) {
        throttle.reserve(username, address);
        try {
            return passwords.matches(found, password);
        } catch (VerifiedPasswords.Busy busy) {
            throttle.release(username, address);
            LOG.warnf(
                    "Sign-in of \"%s\" from %s refused for now: every password check is taken",
                    printable(username), address);
            throw new AuthenticationFailedException(
                    "Every password check is taken",
                    Map.of(SignInRefusal.BUSY, true, SignInRefusal.RETRY_AFTER, 1L));
        }
    }

    static SecurityIdentity identity(UserAccount user) {
        QuarkusSecurityIdentity.Builder builder =
                QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(user.getUsername()))
                        .addRole(user.getRole().name());
        if (user.getOrganisation() != null) {
            builder.addAttribute(ORGANISATION, user.getOrganisation().getId());
        }
        return builder.build();
    }

    /**
     * A user name as typed, safe to log: no line breaks or control characters, at most 64
     * characters.
     */
    private static String printable(String username) {
        String clean = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
