package org.rehabtrack.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rehabtrack.center.Center;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.persistence.CenterIds;

/**
 * What the records said at an instant, read back from the audit trail: a record's fields as they
 * were then are its values now, except those changed since, which were what the first change since
 * found. The trail holds every change of an audited record with the old value of each field,
 * written in the change's own transaction, so nothing changed since is missed.
 */
@ApplicationScoped
public class RecordedValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;

    RecordedValues(EntityManager em) {
        this.em = em;
    }

    /**
     * The values the records of one kind (an audited entity class) of some centers had at an
     * instant, in one query of the entries recorded since.
     */
    public Past at(Class<?> entity, Instant at, CenterIds centers) {
        List<Object[]> rows =
                centers.bind(
                                em.createQuery(
                                        "select a.centerId, a.entityId, a.action, a.changes"
                                                + " from AuditEntry a where a.entity = :entity and a.recordedAt >= :at and "
                                                + centers.in("a.centerId")
                                                + " order by a.recordedAt, a.id",
                                        Object[].class))
                        .setParameter("entity", entity.getSimpleName())
                        .setParameter("at", at)
                        .getResultList();
        Past past = new Past();
        for (Object[] row : rows) {
            if (row[0] != null && !centers.keeps((Long) row[0])) {
                continue;
            }
            long id = (Long) row[1];
            if (row[2] == AuditAction.CREATE) {
                past.createdSince.add(id);
            }
            Map<String, String> fields = past.before.computeIfAbsent(id, k -> new HashMap<>());
            for (JsonNode change : parse((String) row[3])) {
                String field = change.get("field").asText();
                if (!fields.containsKey(field)) {
                    JsonNode old = change.get("old");
                    fields.put(field, old == null || old.isNull() ? null : old.asText());
                }
            }
        }
        return past;
    }

    /**
     * When a field of the records of one kind (an audited entity class) of some centers was first
     * given a value, by record id: the instant of the first entry that recorded one. Records whose
     * field never had one are not there.
     */
    public Map<Long, Instant> firstSet(Class<?> entity, String field, CenterIds centers) {
        List<Object[]> rows =
                centers.bind(
                                em.createQuery(
                                        "select a.centerId, a.entityId, a.recordedAt, a.changes"
                                                + " from AuditEntry a where a.entity = :entity"
                                                + " and a.changes like :field and "
                                                + centers.in("a.centerId")
                                                + " order by a.recordedAt, a.id",
                                        Object[].class))
                        .setParameter("entity", entity.getSimpleName())
                        .setParameter("field", "%\"" + field + "\"%")
                        .getResultList();
        Map<Long, Instant> first = new HashMap<>();
        for (Object[] row : rows) {
            if (row[0] != null && !centers.keeps((Long) row[0])) {
                continue;
            }
            for (JsonNode change : parse((String) row[3])) {
                JsonNode now = change.get("new");
                if (change.get("field").asText().equals(field) && now != null && !now.isNull()) {
                    first.putIfAbsent((Long) row[1], (Instant) row[2]);
                }
            }
        }
        return first;
    }

    /**
     * The centers among these that were registered by the end of a date (all of them for today or
     * later): a center registered after it is in no figure of that date.
     */
    public List<Center> centersRegisteredBy(List<Center> centers, AsOf asOf) {
        if (asOf.current()) {
            return centers;
        }
        Past past =
                at(
                        Center.class,
                        asOf.end(),
                        CenterIds.of(centers.stream().map(Center::getId).toList()));
        return centers.stream().filter(c -> !past.createdSince(c.getId())).toList();
    }

    private static JsonNode parse(String changes) {
        try {
            return JSON.readTree(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry that is not JSON", e);
        }
    }

    /** The fields of records as they were at an instant. */
    public static final class Past {

        private final Map<Long, Map<String, String>> before = new HashMap<>();
        private final Set<Long> createdSince = new HashSet<>();

        private Past() {}

        /** Whether the record did not exist yet. */
        public boolean createdSince(long id) {
            return createdSince.contains(id);
        }

        /** Whether a field of the record has changed since. */
        public boolean changedSince(long id, String field) {
            Map<String, String> fields = before.get(id);
            return fields != null && fields.containsKey(field);
        }

        /** The field's text then: its value now unless it changed since. */
        public String text(long id, String field, String now) {
            Map<String, String> fields = before.get(id);
            return fields != null && fields.containsKey(field) ? fields.get(field) : now;
        }

        public LocalDate date(long id, String field, LocalDate now) {
            if (!changedSince(id, field)) {
                return now;
            }
            String then = text(id, field, null);
            return then == null ? null : LocalDate.parse(then);
        }

        public BigDecimal decimal(long id, String field, BigDecimal now) {
            if (!changedSince(id, field)) {
                return now;
            }
            String then = text(id, field, null);
            return then == null ? null : new BigDecimal(then);
        }

        public <E extends Enum<E>> E constant(long id, String field, Class<E> type, E now) {
            if (!changedSince(id, field)) {
                return now;
            }
            String then = text(id, field, null);
            return then == null ? null : Enum.valueOf(type, then);
        }

        /** An id the field referred to (an entity reference), or null. */
        public Long reference(long id, String field, Long now) {
            if (!changedSince(id, field)) {
                return now;
            }
            String then = text(id, field, null);
            return then == null ? null : Long.valueOf(then);
        }
    }
}
