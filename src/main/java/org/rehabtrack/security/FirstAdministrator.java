package org.rehabtrack.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.PersistenceException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.RehabtrackConfig;
import org.rehabtrack.system.problem.Messages;

/**
 * The first administrator of a new installation, from REHABTRACK_ADMIN_USERNAME and
 * REHABTRACK_ADMIN_PASSWORD: created at start-up while the database has no administrator that can
 * sign in, so that production (which refuses demo accounts) has someone to sign in and create the
 * other users. The same two settings recover an installation whose administrators are all disabled
 * (or, in production, all demo accounts): a user of that name is made an enabled administrator with
 * that password. While an administrator can sign in the two settings are ignored, but a password
 * the policy refuses still stops the start, with the reason. Two instances starting at once create
 * it once.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);

    private final RehabtrackConfig config;
    private final UserService users;
    private final UserRepository accounts;
    private final PasswordPolicy policy;
    private final SessionEpoch epoch;

    FirstAdministrator(
            RehabtrackConfig config,
            UserService users,
            UserRepository accounts,
            PasswordPolicy policy,
            SessionEpoch epoch) {
        this.epoch = epoch;
        this.config = config;
        this.users = users;
        this.accounts = accounts;
        this.policy = policy;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        RehabtrackConfig.Security.FirstAdmin admin = config.security().firstAdmin();
        if (admin.username().isPresent() && admin.password().isPresent()) {
            ensure(admin.username().get(), admin.password().get());
        }
    }

    /**
     * Creates the administrator unless one exists; a password the policy refuses stops the start.
     */
    void ensure(String username, String password) {
        try {
            policy.check(username, password);
            QuarkusTransaction.requiringNew().run(() -> create(username, password));
        } catch (Refusal e) {
            if (e.reason() != Reason.DUPLICATE) {
                throw new IllegalStateException(
                        "The first administrator is refused: " + reasons(e), e);
            }
            LOG.infof("First administrator %s already created by another instance", username);
        } catch (PersistenceException e) {
            LOG.infof("First administrator %s already created by another instance", username);
        }
    }

    private static String reasons(Refusal e) {
        return e.fieldProblems().stream()
                .map(
                        p ->
                                p.field()
                                        + ": "
                                        + Messages.get(
                                                Locale.ENGLISH,
                                                p.message().key(),
                                                p.message().args()))
                .collect(Collectors.joining("; "));
    }

    private void create(String username, String password) {
        boolean demoRun = config.demo();
        if (!accounts.administratorsWhoCanSignIn(demoRun).isEmpty()) {
            return;
        }
        var existing = accounts.findByUsername(username);
        if (existing.isPresent()) {
            existing.get()
                    .recoverAsAdministrator(
                            BcryptUtil.bcryptHash(password, UserService.BCRYPT_COST));
            epoch.raise();
            LOG.warnf(
                    "No administrator could sign in: %s is now an enabled administrator with the password of"
                            + " REHABTRACK_ADMIN_PASSWORD",
                    existing.get().getUsername());
            return;
        }
        NewUser user = new NewUser();
        user.username = username;
        user.displayName = username;
        user.role = Role.ADMIN;
        user.password = password;
        users.create(user, false, "start-up (REHABTRACK_ADMIN_USERNAME)");
    }
}
