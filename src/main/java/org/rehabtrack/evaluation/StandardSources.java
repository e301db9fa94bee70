package org.rehabtrack.evaluation;

import java.util.Locale;
import java.util.Map;
import org.rehabtrack.system.problem.Messages;

/**
 * The sources of the standards as shipped ({@link StandardsConfig}'s defaults, in English), and
 * their names in the reader's language ({@code standard.source.*} in {@code
 * i18n/messages*.properties}). A source an agency configured itself is shown as written.
 */
public final class StandardSources {

    static final String SHELTER = "Sphere Handbook, shelter standard 3";
    static final String SHELTER_GUIDANCE = "Sphere Handbook, shelter standard 3 guidance";
    static final String WATER = "Sphere Handbook, water supply standard 1";
    static final String TRANSIT = "Sphere guidance for reception and transit centres";
    static final String EXCRETA = "Sphere Handbook, excreta management";
    static final String EXCRETA_EARLY = "Sphere Handbook, excreta management (early phase)";
    static final String EXCRETA_MEDIUM = "Sphere Handbook, excreta management (medium term)";

    private static final Map<String, String> KEYS =
            Map.of(
                    SHELTER, "standard.source.shelter",
                    SHELTER_GUIDANCE, "standard.source.shelterGuidance",
                    WATER, "standard.source.water",
                    TRANSIT, "standard.source.transit",
                    EXCRETA, "standard.source.excreta",
                    EXCRETA_EARLY, "standard.source.excretaEarly",
                    EXCRETA_MEDIUM, "standard.source.excretaMedium");

    private StandardSources() {}

    /** A check's source in the reader's language when it is one shipped, else as configured. */
    public static String named(String source, Locale locale) {
        String key = source == null ? null : KEYS.get(source);
        return key == null ? source : Messages.get(locale, key);
    }
}
