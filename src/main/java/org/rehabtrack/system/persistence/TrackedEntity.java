package org.rehabtrack.system.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.rehabtrack.system.Refusal;

/**
 * A record users change: a generated id, a version for optimistic locking, and when it was created
 * and last changed.
 */
@MappedSuperclass
public abstract class TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version private long version;

    @CreationTimestamp private Instant createdAt;

    @UpdateTimestamp private Instant updatedAt;

    /** Refuses a change made from a copy older than this record: someone else changed it since. */
    public void checkVersion(long versionLastRead) {
        if (versionLastRead != version) {
            throw Refusal.staleVersion(versionLastRead, version);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
