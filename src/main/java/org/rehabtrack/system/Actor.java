package org.rehabtrack.system;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * Who is making a change, as recorded in histories: the signed-in user's name, or {@value
 * #ANONYMOUS} for a request made without signing in.
 */
public final class Actor {

    public static final String ANONYMOUS = "anonymous";

    private Actor() {}

    public static String of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        return principal == null || principal.getName() == null ? ANONYMOUS : principal.getName();
    }
}
