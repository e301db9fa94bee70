package org.rehabtrack.system.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An id column that refers to a record of a later feature by its entity name, so that the entity
 * holding it does not depend on that feature's classes (a photo's progress report). The visibility
 * scope follows it as it follows a {@code @ManyToOne}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RefersTo {

    /** The entity name of the record referred to. */
    String value();
}
