package org.rehabtrack.system;

/** Role names as constants, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String ENGINEER = "ENGINEER";
    public static final String DONOR = "DONOR";
    public static final String PARTNER = "PARTNER";

    private Roles() {}
}
