package org.rehabtrack.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/**
 * Someone who signs in. The password is kept only as a bcrypt hash; a disabled user cannot sign in
 * and loses access at once. Donor and partner users belong to an organisation, which decides the
 * centers they see.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends TrackedEntity implements Audited {

    private String username;
    private String displayName;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_partner_id")
    private Partner organisation;

    private boolean enabled = true;
    private boolean demo;
    private String email;
    private String language = "es";

    protected UserAccount() {}

    public UserAccount(String username, String passwordHash, boolean demo) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.demo = demo;
    }

    public void describe(String displayName, Role role, Partner organisation) {
        this.displayName = displayName;
        this.role = role;
        this.organisation = organisation;
    }

    /** Where the user receives what is sent to it (none: nothing is), and in which language. */
    public void reachAt(String email, String language) {
        this.email = email;
        this.language = language;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Partner getOrganisation() {
        return organisation;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    /**
     * Whether this user may sign in, or go on using a session: enabled, and not a demo account
     * unless the application runs as a demo (production refuses demo accounts, whatever the
     * database holds).
     */
    public boolean maySignIn(boolean demoRun) {
        return enabled && (!demo || demoRun);
    }

    /**
     * Makes this user an administrator that can sign in with a new password: how an installation
     * whose administrators are all disabled (or demo accounts, in production) is recovered.
     */
    void recoverAsAdministrator(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.role = Role.ADMIN;
        this.organisation = null;
        this.enabled = true;
        this.demo = false;
    }

    @Override
    public Long auditedCenterId() {
        return null;
    }
}
