package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts the reports page adds for the IATI export ({@link ReportsPage}): <code>
 * &#123;reportsPage:reportsPage_iati&#125;</code> in templates, {@code
 * messages/reportsPage_en.properties} and {@code reportsPage_es.properties}, checked like {@link
 * PageMessages}.
 */
@MessageBundle(value = ReportsMessages.NAME, locale = "en")
public interface ReportsMessages {

    String NAME = "reportsPage";

    @Message
    String reportsPage_iati();

    @Message
    String reportsPage_iatiHint();
}
