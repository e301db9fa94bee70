package org.rehabtrack.system.persistence;

import jakarta.persistence.EntityManager;

/**
 * What changes whenever a row of an entity's table is added, changed or deleted: how many rows
 * there are, the newest id and the sum of their versions. Any insert, update or delete moves one of
 * them, so a value kept under the stamp of a table it names holds while the stamp read again is
 * equal.
 */
public final class TableStamp {

    private TableStamp() {}

    /** The stamp of the entity's table (an entity with an id and a {@code @Version}). */
    public static String of(EntityManager em, Class<?> entity) {
        Object[] row =
                em.createQuery(
                                "select count(e), max(e.id), coalesce(sum(e.version), 0) from "
                                        + entity.getSimpleName()
                                        + " e",
                                Object[].class)
                        .getSingleResult();
        return row[0] + ":" + row[1] + ":" + row[2];
    }
}
