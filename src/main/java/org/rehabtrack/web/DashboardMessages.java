package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the dashboard's filters, order and pages ({@link DashboardPage}): <code>
 * &#123;dashboardPage:dashboardPage_department&#125;</code> in templates, {@code
 * messages/dashboardPage_en.properties} and {@code dashboardPage_es.properties}, checked like
 * {@link PageMessages}.
 */
@MessageBundle(value = DashboardMessages.NAME, locale = "en")
public interface DashboardMessages {

    String NAME = "dashboardPage";

    @Message
    String dashboardPage_department();

    @Message
    String dashboardPage_onlyLate();

    @Message
    String dashboardPage_onlyCritical();

    @Message
    String dashboardPage_sortBy();

    @Message
    String dashboardPage_direction();

    @Message
    String dashboardPage_ascending();

    @Message
    String dashboardPage_descending();

    @Message
    String dashboardPage_clear();

    @Message
    String dashboardPage_noneMatch();

    @Message
    String dashboardPage_noCenters();

    @Message
    String dashboardPage_shown(int from, int to, int total);

    @Message
    String dashboardPage_pages();

    @Message
    String dashboardPage_previous();

    @Message
    String dashboardPage_next();

    @Message
    String dashboardPage_pageOf(int page, int pages);
}
