package org.rehabtrack.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.CompositeType;
import org.hibernate.type.Type;
import org.rehabtrack.system.persistence.Audited;

/**
 * Writes an audit entry for every insert, update and delete of an {@link Audited} record, in the
 * same transaction and on the same connection: who (the signed-in user, or {@value #SYSTEM} for
 * work done at start-up), when, the record's center, and each field's old and new value. Entity
 * references are written as their ids, embedded values field by field; collections, versions and
 * timestamps are left out, and a password hash is written only as changed.
 */
public class AuditListener
        implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    public static final String SYSTEM = "system";
    private static final Set<String> SKIPPED = Set.of("version", "createdAt", "updatedAt");
    private static final Set<String> SECRET = Set.of("passwordHash");
    private static final String HIDDEN = "********";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One field's change: its name and values before and after, as text (null for none). */
    public record Change(String field, String old, String value) {}

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Audited audited) {
            record(
                    event.getSession(),
                    audited,
                    AuditAction.CREATE,
                    event.getPersister(),
                    null,
                    event.getState(),
                    null);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof Audited audited) {
            record(
                    event.getSession(),
                    audited,
                    AuditAction.UPDATE,
                    event.getPersister(),
                    event.getOldState(),
                    event.getState(),
                    event.getDirtyProperties());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Audited audited) {
            record(
                    event.getSession(),
                    audited,
                    AuditAction.DELETE,
                    event.getPersister(),
                    event.getDeletedState(),
                    null,
                    null);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(
            SharedSessionContractImplementor session,
            Audited audited,
            AuditAction action,
            EntityPersister persister,
            Object[] oldState,
            Object[] newState,
            int[] dirty) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (dirty != null && !contains(dirty, i)) {
                continue;
            }
            Object before = oldState == null ? null : oldState[i];
            Object after = newState == null ? null : newState[i];
            collect(session, names[i], types[i], before, after, changes);
        }
        if (action == AuditAction.UPDATE && changes.isEmpty()) {
            return;
        }
        String json;
        try {
            json =
                    JSON.writeValueAsString(
                            changes.stream()
                                    .map(
                                            c -> {
                                                Map<String, String> m =
                                                        new java.util.LinkedHashMap<>();
                                                m.put("field", c.field());
                                                m.put("old", c.old());
                                                m.put("new", c.value());
                                                return m;
                                            })
                                    .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Object id =
                audited.getId() != null
                        ? audited.getId()
                        : persister.getIdentifier(audited, session);
        Long centerId = audited.auditedCenterId();
        String actor = actor();
        Timestamp at = Timestamp.from(clock().instant());
        String entity = persister.getMappedClass().getSimpleName();
        session.doWork(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "insert into audit_entry"
                                            + " (recorded_at, actor, center_id, entity, entity_id, action, changes)"
                                            + " values (?, ?, ?, ?, ?, ?, ?)")) {
                        insert.setTimestamp(1, at);
                        insert.setString(2, actor);
                        if (centerId == null) {
                            insert.setNull(3, Types.BIGINT);
                        } else {
                            insert.setLong(3, centerId);
                        }
                        insert.setString(4, entity);
                        insert.setLong(5, ((Number) id).longValue());
                        insert.setString(6, action.name());
                        insert.setString(7, json);
                        insert.executeUpdate();
                    }
                    if (centerId != null) {
                        try (PreparedStatement bump =
                                connection.prepareStatement(
                                        "update center set data_version = data_version + 1 where id = ?")) {
                            bump.setLong(1, centerId);
                            bump.executeUpdate();
                        }
                    }
                });
    }

    /**
     * Adds the field's change, or its sub-fields' for an embedded value; nothing for a collection.
     */
    private static void collect(
            SharedSessionContractImplementor session,
            String name,
            Type type,
            Object before,
            Object after,
            List<Change> changes) {
        if (SKIPPED.contains(name) || type.isCollectionType()) {
            return;
        }
        if (type instanceof CompositeType composite && !type.isEntityType()) {
            String[] names = composite.getPropertyNames();
            Type[] types = composite.getSubtypes();
            Object[] olds =
                    before == null
                            ? new Object[names.length]
                            : composite.getPropertyValues(before, session);
            Object[] news =
                    after == null
                            ? new Object[names.length]
                            : composite.getPropertyValues(after, session);
            for (int i = 0; i < names.length; i++) {
                collect(session, name + "." + names[i], types[i], olds[i], news[i], changes);
            }
            return;
        }
        String old = text(session, type, before);
        String value = text(session, type, after);
        if (java.util.Objects.equals(old, value)) {
            return;
        }
        if (SECRET.contains(name)) {
            changes.add(
                    new Change(name, old == null ? null : HIDDEN, value == null ? null : HIDDEN));
        } else {
            changes.add(new Change(name, old, value));
        }
    }

    private static String text(SharedSessionContractImplementor session, Type type, Object value) {
        if (value == null) {
            return null;
        }
        if (type.isEntityType()) {
            if (value instanceof HibernateProxy proxy) {
                return String.valueOf(proxy.getHibernateLazyInitializer().getIdentifier());
            }
            return String.valueOf(
                    session.getEntityPersister(null, value).getIdentifier(value, session));
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static boolean contains(int[] indexes, int i) {
        for (int index : indexes) {
            if (index == i) {
                return true;
            }
        }
        return false;
    }

    /** The signed-in user, or {@value #SYSTEM} outside a request (start-up, sample data). */
    private static String actor() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous()
                ? SYSTEM
                : identity.getPrincipal().getName();
    }

    private static Clock clock() {
        ArcContainer container = Arc.container();
        return container == null ? Clock.systemUTC() : container.instance(Clock.class).get();
    }
}
