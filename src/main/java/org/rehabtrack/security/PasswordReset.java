package org.rehabtrack.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password an administrator sets for a user. */
public class PasswordReset {

    @NotNull
    @Size(max = 1024)
    public String password;
}
