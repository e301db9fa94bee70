package org.rehabtrack.system;

import java.util.Locale;
import org.rehabtrack.center.Phase;
import org.rehabtrack.system.problem.Messages;

/** The message bundle in one language, for pages: {@code {labels.get('home.title')}}. */
public record Labels(Locale locale) {

    public String get(String key) {
        return Messages.get(locale, key);
    }

    public String phase(Phase phase) {
        return get("phase." + phase.name());
    }

    public String language() {
        return locale.getLanguage();
    }
}
