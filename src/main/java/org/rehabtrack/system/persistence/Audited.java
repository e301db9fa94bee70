package org.rehabtrack.system.persistence;

/**
 * A record whose every creation, change and deletion goes into the audit trail, with who, when, and
 * each field's old and new value (see org.rehabtrack.audit).
 */
public interface Audited {

    /** The record's id. */
    Long getId();

    /** The id of the center this record belongs to, for the center's history; null for none. */
    Long auditedCenterId();
}
