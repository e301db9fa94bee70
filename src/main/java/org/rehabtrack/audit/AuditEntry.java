package org.rehabtrack.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of the audit trail, as read back; written only by {@link AuditListener}. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id private Long id;

    private Instant recordedAt;
    private String actor;
    private Long centerId;
    private String entity;
    private Long entityId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String changes;

    protected AuditEntry() {}

    public Long getId() {
        return id;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getCenterId() {
        return centerId;
    }

    public String getEntity() {
        return entity;
    }

    public Long getEntityId() {
        return entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    /** The changes as JSON: [{"field", "old", "new"}]. */
    public String getChanges() {
        return changes;
    }
}
