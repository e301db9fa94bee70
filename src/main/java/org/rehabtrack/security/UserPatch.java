package org.rehabtrack.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A change to a user, read over its current values. */
public class UserPatch {

    @NotBlank
    @Size(max = 200)
    public String displayName;

    @NotNull public Role role;

    @Size(max = 20)
    public String organisation;

    @Email
    @Size(max = 254)
    public String email;

    @NotNull
    @Pattern(regexp = "es|en", message = "{rehabtrack.language.pattern}")
    public String language;

    /** False disables the user: it can no longer sign in, and its sessions end at once. */
    public boolean enabled;

    @NotNull public Long version;

    static UserPatch of(UserAccount user) {
        UserPatch patch = new UserPatch();
        patch.displayName = user.getDisplayName();
        patch.role = user.getRole();
        patch.organisation =
                user.getOrganisation() == null ? null : user.getOrganisation().getAcronym();
        patch.enabled = user.isEnabled();
        patch.email = user.getEmail();
        patch.language = user.getLanguage();
        return patch;
    }
}
