package org.rehabtrack.security;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed-in browser: the HMAC of its cookie's token, its user, when it opened and was last used.
 */
@Entity
@Table(name = "user_session")
public class UserSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private UserAccount user;

    private Instant createdAt;
    private Instant lastSeenAt;

    protected UserSession() {}

    UserSession(String tokenHash, UserAccount user, Instant now) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    UserAccount getUser() {
        return user;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastSeenAt() {
        return lastSeenAt;
    }

    void seen(Instant now) {
        this.lastSeenAt = now;
    }
}
