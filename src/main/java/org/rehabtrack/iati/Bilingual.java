package org.rehabtrack.iati;

import java.util.Objects;

/** A text in Spanish and in English, written as two IATI narratives with their {@code xml:lang}. */
public record Bilingual(String es, String en) {

    public Bilingual {
        Objects.requireNonNull(es, "es");
        Objects.requireNonNull(en, "en");
    }
}
