package org.rehabtrack.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Locale;
import org.rehabtrack.evaluation.StandardSources;

/**
 * A standard's source in the page's language, in templates: <code>
 * &#123;standard:source(c.source)&#125;</code> ({@link StandardSources}).
 */
@TemplateExtension(namespace = "standard")
final class StandardSourceNames {

    private StandardSourceNames() {}

    static String source(String source, @TemplateAttribute("locale") Object locale) {
        return StandardSources.named(source, locale instanceof Locale l ? l : Locale.ENGLISH);
    }
}
