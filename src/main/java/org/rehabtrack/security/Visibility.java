package org.rehabtrack.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import org.rehabtrack.system.Roles;

/**
 * The signed-in user's {@link VisibilityScope}, the one place that decides which records a user may
 * see: worked out once per request, from the user's role and organisation. Services narrow their
 * lists with it, {@link RecordVisibilityFilter} refuses every record of the API's paths outside it,
 * pages and workbooks ask it what to show.
 */
@RequestScoped
public class Visibility {

    private final SecurityIdentity identity;
    private final VisibilityScopes scopes;
    private VisibilityScope scope;

    Visibility(SecurityIdentity identity, VisibilityScopes scopes) {
        this.identity = identity;
        this.scopes = scopes;
    }

    /** What this user may see, as the value services and report writers apply. */
    public VisibilityScope scope() {
        if (scope == null) {
            scope = load();
        }
        return scope;
    }

    /** Whether this user sees only some centers. */
    public boolean restricted() {
        return identity.hasRole(Roles.DONOR) || identity.hasRole(Roles.PARTNER);
    }

    /** The ids of the centers the user may see; empty when it may see them all. */
    public Optional<Set<Long>> centerIds() {
        return scope().centerIds();
    }

    public boolean seesCenter(long centerId) {
        return scope().seesCenter(centerId);
    }

    /** Whether the user may see a grant of this donor (a partner's id). */
    public boolean seesGrantOf(long donorId) {
        return scope().seesGrantOf(donorId);
    }

    private VisibilityScope load() {
        if (!restricted()) {
            return VisibilityScope.EVERYTHING;
        }
        boolean donor = identity.hasRole(Roles.DONOR);
        if (donor) {
            return scopes.ofDonor(organisation());
        }
        return scopes.ofPartner(organisation());
    }

    private long organisation() {
        Long id = identity.getAttribute(SignIn.ORGANISATION);
        return id == null ? -1 : id;
    }
}
