package org.rehabtrack.security;

import org.rehabtrack.system.problem.Labelled;

/** What a user may do; the permission matrix is in docs/security.md. */
@Labelled("role")
public enum Role {
    /** Manages users; reads everything. */
    ADMIN,
    /** Changes everything but users. */
    MANAGER,
    /** Writes evaluations, findings, photos and works progress; reads everything. */
    ENGINEER,
    /** Reads, and downloads reports, only for the centers its grants fund. */
    DONOR,
    /** Reads the centers where its institution is party to an agreement. */
    PARTNER;

    /** Whether users of this role see only some centers. */
    public boolean restricted() {
        return this == DONOR || this == PARTNER;
    }
}
