package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the report schedules on the reports page and of the schedule form ({@link
 * ScheduleForm}): <code>&#123;schedulesPage:schedulesPage_heading&#125;</code> in templates, {@code
 * messages/schedulesPage_en.properties} and {@code schedulesPage_es.properties}, checked like
 * {@link PageMessages}.
 */
@MessageBundle(value = SchedulesMessages.NAME, locale = "en")
public interface SchedulesMessages {

    String NAME = "schedulesPage";

    @Message
    String schedulesPage_heading();

    @Message
    String schedulesPage_hint();

    @Message
    String schedulesPage_none();

    @Message
    String schedulesPage_new();

    @Message
    String schedulesPage_name();

    @Message
    String schedulesPage_reports();

    @Message
    String schedulesPage_when();

    @Message
    String schedulesPage_audience();

    @Message
    String schedulesPage_audienceIom();

    @Message
    String schedulesPage_recipients();

    @Message
    String schedulesPage_lastSending();

    @Message
    String schedulesPage_monthly(int day);

    @Message
    String schedulesPage_quarterly(int day);

    @Message
    String schedulesPage_phaseChange();

    @Message
    String schedulesPage_paused();

    @Message
    String schedulesPage_pause();

    @Message
    String schedulesPage_resume();

    @Message
    String schedulesPage_remove();

    @Message
    String schedulesPage_actionsOf(String name);

    @Message
    String schedulesPage_notYet();

    @Message
    String schedulesPage_statusSent(String when);

    @Message
    String schedulesPage_statusSending();

    @Message
    String schedulesPage_statusRetrying(int attempts, String when);

    @Message
    String schedulesPage_statusFailed(int attempts);

    @Message
    String schedulesPage_reason(String reason);

    @Message
    String schedulesPage_sendings();

    @Message
    String schedulesPage_sendingsNone();

    @Message
    String schedulesPage_schedule();

    @Message
    String schedulesPage_occasion();

    @Message
    String schedulesPage_due();

    @Message
    String schedulesPage_status();

    @Message
    String schedulesPage_created();

    @Message
    String schedulesPage_pausedNow();

    @Message
    String schedulesPage_resumedNow();

    @Message
    String schedulesPage_removedNow();

    @Message
    String schedulesPage_newTitle();

    @Message
    String schedulesPage_newHint();

    @Message
    String schedulesPage_back();

    @Message
    String schedulesPage_audienceHint();

    @Message
    String schedulesPage_centers();

    @Message
    String schedulesPage_centersHint();

    @Message
    String schedulesPage_fundingSource();

    @Message
    String schedulesPage_anyFundingSource();

    @Message
    String schedulesPage_cadence();

    @Message
    String schedulesPage_cadenceMonthly();

    @Message
    String schedulesPage_cadenceQuarterly();

    @Message
    String schedulesPage_cadencePhaseChange();

    @Message
    String schedulesPage_day();

    @Message
    String schedulesPage_dayHint();

    @Message
    String schedulesPage_language();

    @Message
    String schedulesPage_languageEach();

    @Message
    String schedulesPage_users();

    @Message
    String schedulesPage_usersHint();

    @Message
    String schedulesPage_usersNone();

    @Message
    String schedulesPage_contacts();

    @Message
    String schedulesPage_contactsHint();

    @Message
    String schedulesPage_contactLine(int line);

    @Message
    String schedulesPage_recipientsRequired();

    @Message
    String schedulesPage_create();

    @Message
    String schedulesPage_optional();

    @Message
    String schedulesPage_editTitle();

    @Message
    String schedulesPage_edit();

    @Message
    String schedulesPage_savedNow();
}
