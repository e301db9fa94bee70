package org.rehabtrack.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Locale;
import org.rehabtrack.system.problem.Messages;

/**
 * A record's field by its name in the reader's language ({@code field.forecastDate} in {@code
 * i18n/messages*.properties}: "Forecast", "Pronóstico"), for a center's history and the fields an
 * error page lists; a field without a name there is shown as stored. A path such as {@code
 * lines[2].quantity} is named by its last field.
 */
final class FieldNames {

    private FieldNames() {}

    static String of(String field, Locale locale) {
        if (field == null) {
            return "";
        }
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+\\]$", "");
        String key = "field." + last;
        String name = Messages.get(locale, key);
        return name.equals(key) ? field : name;
    }

    /** In templates, {@code field:name(e.field)}, in the template's locale. */
    @TemplateExtension(namespace = "field")
    static final class InTemplates {

        private InTemplates() {}

        static String name(String field, @TemplateAttribute("locale") Object locale) {
            return of(field, locale instanceof Locale l ? l : Locale.ENGLISH);
        }
    }
}
