package org.rehabtrack.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose records are not one center's or one organisation's, so that {@link
 * VisibilityFilter} cannot tell whose they are: its service looks each up within the reader's
 * {@link VisibilityScope} itself, answering 404 as for none when the reader may not see it (an
 * archived workbook, which may cover several centers and was written for one reader's view of the
 * money). {@code EveryRouteVisibilityTest} checks its routes like every other.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ScopedByService {}
