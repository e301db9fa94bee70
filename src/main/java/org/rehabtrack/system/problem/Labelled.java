package org.rehabtrack.system.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An enum whose values have names in {@code i18n/messages*.properties}, under this prefix and the
 * value ({@code phase.PRELIMINARY_PROJECT}). {@link Messages} writes such a value by its name in
 * the text's language wherever it is an argument of a message, so no problem or workbook text shows
 * a stored name such as {@code AGREEMENT_SIGNED}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Labelled {

    /** The keys' prefix, without its final dot: {@code "works.status"}. */
    String value();
}
