package org.rehabtrack.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rehabtrack.security.VisibilityScope;

/** An audit entry as the API shows it: who changed which record when, and each field's values. */
public record HistoryEntryView(
        long id,
        Instant at,
        String user,
        String record,
        long recordId,
        AuditAction action,
        List<FieldChange> changes) {

    /** One field: its name and its value before and after, as text. */
    public record FieldChange(String field, String old, String value) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The same entry with only these changes (some left out, or shown otherwise). */
    HistoryEntryView withChanges(List<FieldChange> shown) {
        return new HistoryEntryView(id, at, user, record, recordId, action, shown);
    }

    /**
     * The fields of audited records that refer to a grant, by record: their values are grant ids.
     */
    private static final Map<String, String> GRANT_FIELDS = Map.of("WorkPackage", "fundingSource");

    /**
     * An entry as a reader sees it: a reference to a grant the reader may not see (another donor's,
     * {@link VisibilityScope}) is shown as no value, both old and new.
     */
    static HistoryEntryView of(AuditEntry entry, VisibilityScope funding) {
        HistoryEntryView view = of(entry);
        String grantField = GRANT_FIELDS.get(view.record());
        if (funding.seesAllGrants() || grantField == null) {
            return view;
        }
        return view.withChanges(
                view.changes().stream()
                        .map(
                                c ->
                                        grantField.equals(c.field())
                                                ? new FieldChange(
                                                        c.field(),
                                                        shown(c.old(), funding),
                                                        shown(c.value(), funding))
                                                : c)
                        .toList());
    }

    private static String shown(String grantId, VisibilityScope funding) {
        if (grantId == null) {
            return null;
        }
        try {
            return funding.showsGrant(Long.valueOf(grantId)) ? grantId : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static HistoryEntryView of(AuditEntry entry) {
        List<Map<String, String>> raw;
        try {
            raw = JSON.readValue(entry.getChanges(), new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit entry " + entry.getId(), e);
        }
        return new HistoryEntryView(
                entry.getId(),
                entry.getRecordedAt(),
                entry.getActor(),
                entry.getEntity(),
                entry.getEntityId(),
                entry.getAction(),
                raw.stream()
                        .map(c -> new FieldChange(c.get("field"), c.get("old"), c.get("new")))
                        .toList());
    }
}
