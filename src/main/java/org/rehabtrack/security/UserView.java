package org.rehabtrack.security;

import java.time.Instant;

/** A user as the API shows it: never its password or hash. */
public record UserView(
        long id,
        String username,
        String displayName,
        Role role,
        String organisation,
        String email,
        String language,
        boolean enabled,
        boolean demo,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static UserView of(UserAccount user) {
        return new UserView(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getRole(),
                user.getOrganisation() == null ? null : user.getOrganisation().getAcronym(),
                user.getEmail(),
                user.getLanguage(),
                user.isEnabled(),
                user.isDemo(),
                user.getVersion(),
                user.getCreatedAt(),
                user.getUpdatedAt());
    }
}
