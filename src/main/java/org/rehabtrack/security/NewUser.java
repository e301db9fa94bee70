package org.rehabtrack.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator sends to create a user. */
public class NewUser {

    /** 3 to 64 lower-case letters, digits, dots, dashes or underscores. */
    @NotBlank
    @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{rehabtrack.username.pattern}")
    public String username;

    @NotBlank
    @Size(max = 200)
    public String displayName;

    @NotNull public Role role;

    /** Acronym of the partner a DONOR or PARTNER user belongs to; required for those roles. */
    @Size(max = 20)
    public String organisation;

    /** Where the user receives the workbooks sent to it; optional. */
    @Email
    @Size(max = 254)
    public String email;

    /** The language of what is sent to the user: es (the default) or en. */
    @Pattern(regexp = "es|en", message = "{rehabtrack.language.pattern}")
    public String language;

    /** Checked against the password policy; never stored, never shown. */
    @NotNull
    @Size(max = 1024)
    public String password;
}
