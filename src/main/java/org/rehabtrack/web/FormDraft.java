package org.rehabtrack.web;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What one user typed into a form that could not be saved, and its errors, as JSON. */
@Entity
@Table(name = "form_draft")
class FormDraft {

    @Id private String id;

    private String owner;
    private Instant createdAt;
    private String content;

    protected FormDraft() {}

    FormDraft(String id, String owner, Instant createdAt, String content) {
        this.id = id;
        this.owner = owner;
        this.createdAt = createdAt;
        this.content = content;
    }

    String getOwner() {
        return owner;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getContent() {
        return content;
    }
}
