package org.rehabtrack.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An audit entry as the API shows it: who changed which record when, and each field's values. */
public record HistoryEntryView(long id, Instant at, String user, String record, long recordId, AuditAction action,
        List<FieldChange> changes) {

    /** One field: its name and its value before and after, as text. */
    public record FieldChange(String field, String old, String value) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    static HistoryEntryView of(AuditEntry entry) {
        List<Map<String, String>> raw;
        try {
            raw = JSON.readValue(entry.getChanges(), new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit entry " + entry.getId(), e);
        }
        return new HistoryEntryView(entry.getId(), entry.getRecordedAt(), entry.getActor(), entry.getEntity(),
                entry.getEntityId(), entry.getAction(),
                raw.stream().map(c -> new FieldChange(c.get("field"), c.get("old"), c.get("new"))).toList());
    }
}
