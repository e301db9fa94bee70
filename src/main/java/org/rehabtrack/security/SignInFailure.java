package org.rehabtrack.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed sign-ins in a row for one user name or one address, and when the last one was. */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

    @Id private String throttleKey;

    private int failures;
    private Instant lastFailedAt;

    protected SignInFailure() {}

    SignInFailure(String throttleKey, Instant now) {
        this.throttleKey = throttleKey;
        this.failures = 1;
        this.lastFailedAt = now;
    }

    /** One more failure in a row. */
    void again(Instant now) {
        failures++;
        lastFailedAt = now;
    }

    String getThrottleKey() {
        return throttleKey;
    }

    int getFailures() {
        return failures;
    }

    Instant getLastFailedAt() {
        return lastFailedAt;
    }
}
