package org.rehabtrack.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.partner.PartnerRepository;
import org.rehabtrack.system.Patch;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.RehabtrackConfig;

/** Administrators' work on users: create, change, disable, reset a password. */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);

    /**
     * bcrypt cost: 2^12 rounds, about a quarter of a second here, as OWASP advises (at least 10).
     */
    static final int BCRYPT_COST = 12;

    private final UserRepository users;
    private final PartnerRepository partners;
    private final PasswordPolicy policy;
    private final Sessions sessions;
    private final boolean demoRun;

    UserService(
            UserRepository users,
            PartnerRepository partners,
            PasswordPolicy policy,
            Sessions sessions,
            RehabtrackConfig config) {
        this.demoRun = config.demo();
        this.sessions = sessions;
        this.users = users;
        this.partners = partners;
        this.policy = policy;
    }

    public List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    /**
     * What changes whenever a user is added or changed (a display name among others), for a page
     * that keeps the names it shows between requests.
     */
    public String stamp() {
        return users.stamp();
    }

    /** The user signed in under this name. */
    public UserView byUsername(String username) {
        return users.findByUsername(username)
                .map(UserView::of)
                .orElseThrow(() -> Refusal.notFound("user.notFound", -1L));
    }

    public UserView get(long id) {
        return UserView.of(user(id));
    }

    @Transactional
    public UserView create(NewUser request, String actor) {
        return UserView.of(create(request, false, actor));
    }

    @Transactional
    UserAccount create(NewUser request, boolean demo, String actor) {
        String username = UserRepository.normalise(request.username);
        if (users.findByUsername(username).isPresent()) {
            throw Refusal.conflict(Reason.DUPLICATE, "user.duplicate", username);
        }
        policy.check(username, request.password);
        UserAccount user =
                new UserAccount(
                        username, BcryptUtil.bcryptHash(request.password, BCRYPT_COST), demo);
        user.describe(
                request.displayName.strip(),
                request.role,
                organisation(request.role, request.organisation));
        user.reachAt(
                blankToNull(request.email), request.language == null ? "es" : request.language);
        users.persistAndFlush(user);
        LOG.infof("User %s (%s) created by %s", username, request.role, actor);
        return user;
    }

    @Transactional
    public UserView update(long id, Patch body, String actor) {
        UserAccount user = user(id);
        UserPatch patch = body.over(UserPatch.of(user));
        user.checkVersion(patch.version);
        if (user.getRole() == Role.ADMIN
                && (patch.role != Role.ADMIN || !patch.enabled)
                && isLastAdministrator(user)) {
            throw Refusal.conflict(Reason.LAST_ADMINISTRATOR, "user.lastAdministrator");
        }
        user.describe(
                patch.displayName.strip(),
                patch.role,
                organisation(patch.role, patch.organisation));
        user.reachAt(blankToNull(patch.email), patch.language);
        if (user.isEnabled() != patch.enabled) {
            user.setEnabled(patch.enabled);
            if (!patch.enabled) {
                sessions.closeAll(user);
            }
            LOG.infof(
                    "User %s %s by %s",
                    user.getUsername(), patch.enabled ? "enabled" : "disabled", actor);
        }
        sessions.userChanged();
        users.flush();
        return UserView.of(user);
    }

    /** An e-mail address as stored: stripped, none when blank. */
    private static String blankToNull(String email) {
        return email == null || email.isBlank() ? null : email.strip();
    }

    @Transactional
    public UserView resetPassword(long id, PasswordReset reset, String actor) {
        UserAccount user = user(id);
        policy.check(user.getUsername(), reset.password);
        user.setPasswordHash(BcryptUtil.bcryptHash(reset.password, BCRYPT_COST));
        sessions.closeAll(user);
        users.flush();
        LOG.infof("Password of %s reset by %s", user.getUsername(), actor);
        return UserView.of(user);
    }

    /**
     * Whether no administrator but this one can sign in: then it may not be disabled or demoted, or
     * no one could manage users any more (REHABTRACK_ADMIN_* would be the only way back).
     */
    private boolean isLastAdministrator(UserAccount admin) {
        return admin.maySignIn(demoRun)
                && users.administratorsWhoCanSignIn(demoRun).stream()
                        .allMatch(other -> other.getId().equals(admin.getId()));
    }

    /**
     * A donor or partner user's organisation, required for those roles and refused for the others.
     */
    private Partner organisation(Role role, String acronym) {
        boolean given = acronym != null && !acronym.isBlank();
        if (!role.restricted()) {
            if (given) {
                throw Refusal.invalidField("organisation", "user.organisationNotForRole", role);
            }
            return null;
        }
        if (!given) {
            throw Refusal.invalidField("organisation", "user.organisationRequired", role);
        }
        return partners.findByAcronym(acronym.strip())
                .orElseThrow(
                        () -> Refusal.invalidField("organisation", "partner.unknown", acronym));
    }

    private UserAccount user(long id) {
        return users.find("from UserAccount u left join fetch u.organisation where u.id = ?1", id)
                .firstResultOptional()
                .orElseThrow(() -> Refusal.notFound("user.notFound", id));
    }
}
