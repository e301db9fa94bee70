package org.rehabtrack.audit;

/** What happened to a record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
