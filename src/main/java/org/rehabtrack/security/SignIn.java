package org.rehabtrack.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Turns a user name and password into the identity of an enabled user (in production, not a demo
 * account). Every failure is the same {@link AuthenticationFailedException}, whether the user is
 * unknown, disabled, a demo account in production, or the password wrong; an unknown user costs a bcrypt check too, so time tells nothing
 * either.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class);

    /** Compared against when the user is unknown, so that answer takes as long as a wrong password. */
    private static final String NO_SUCH_USER = BcryptUtil.bcryptHash(UUID.randomUUID().toString(),
            UserService.BCRYPT_COST);

    /** Identity attribute: the id of the user's organisation (a partner), when it has one. */
    public static final String ORGANISATION = "organisation";

    private final UserRepository users;
    private final SignInThrottle throttle;
    private final VerifiedPasswords passwords;
    private final boolean demoRun;

    SignIn(UserRepository users, SignInThrottle throttle, VerifiedPasswords passwords, RehabtrackConfig config) {
        this.demoRun = config.demo();
        this.users = users;
        this.throttle = throttle;
        this.passwords = passwords;
    }

    @ActivateRequestContext
    @Transactional
    public SecurityIdentity withPassword(String username, String password, String address) {
        throttle.check(username, address);
        Optional<UserAccount> found = users.findByUsername(username);
        VerifiedPasswords.Outcome outcome;
        if (found.isEmpty()) {
            BcryptUtil.matches(password, NO_SUCH_USER);
            outcome = VerifiedPasswords.Outcome.WRONG;
        } else {
            outcome = passwords.check(found.get(), password);
        }
        if (outcome == VerifiedPasswords.Outcome.WRONG || !found.get().maySignIn(demoRun)) {
            throttle.failed(username, address);
            LOG.warnf("Sign-in refused for user name \"%s\" from %s", printable(username), address);
            throw new AuthenticationFailedException();
        }
        throttle.succeeded(username, address);
        UserAccount user = found.get();
        if (outcome == VerifiedPasswords.Outcome.VERIFIED) {
            LOG.infof("Signed in: %s (%s) from %s", user.getUsername(), user.getRole(), address);
        }
        return identity(user);
    }

    static SecurityIdentity identity(UserAccount user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.getUsername()))
                .addRole(user.getRole().name());
        if (user.getOrganisation() != null) {
            builder.addAttribute(ORGANISATION, user.getOrganisation().getId());
        }
        return builder.build();
    }

    /** A user name as typed, safe to log: no line breaks or control characters, at most 64 characters. */
    private static String printable(String username) {
        String clean = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
