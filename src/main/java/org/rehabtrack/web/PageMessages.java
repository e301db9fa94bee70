package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages, checked when the application is built: a template that names a message
 * this interface lacks, or a language file that lacks one of its keys, fails the build. English
 * ({@code messages/msg_en.properties}) is the default, Spanish in {@code msg_es.properties};
 * templates read them as <code>&#123;msg:center_budget&#125;</code> in the page's language. The
 * names of enum values are in {@link Labels}; a page area with many texts of its own gets a bundle
 * of its own too, as Quarkus's generated code for one bundle fails verification once it holds too
 * many. Texts also needed by a workbook or an API problem stay in {@code i18n/messages*.properties}
 * as well (system/problem/Messages); pages do not read those.
 */
@MessageBundle(value = PageMessages.NAME, locale = "en")
public interface PageMessages {

    String NAME = "msg";

    @Message
    String center_agreements();

    @Message
    String center_boq();

    @Message
    String center_boqDownload();

    @Message
    String center_budget();

    @Message
    String center_capacity();

    @Message
    String center_check_fail();

    @Message
    String center_check_pass();

    @Message
    String center_check_unknown();

    @Message
    String center_contingency();

    @Message
    String center_due();

    @Message
    String center_earnedValue();

    @Message
    String center_evaluation();

    @Message
    String center_evaluationCount(int count);

    @Message
    String center_history();

    @Message
    String center_historyDownload();

    @Message
    String center_historyShown(int shown, long total);

    @Message
    String center_lines(int count);

    @Message
    String center_noRate();

    @Message
    String center_none();

    @Message
    String center_onThisPage();

    @Message
    String center_overdue();

    @Message
    String center_packageBudget();

    @Message
    String center_parties();

    @Message
    String center_project();

    @Message
    String center_signed();

    @Message
    String center_standardsChecks();

    @Message
    String center_subtotal();

    @Message
    String center_validUntil();

    @Message
    String center_version();

    @Message
    String center_works();

    @Message
    String dashboard_any();

    @Message
    String dashboard_caption();

    @Message
    String dashboard_centers();

    @Message
    String dashboard_filter();

    @Message
    String dashboard_title();

    @Message
    String dashboard_totals();

    @Message
    String finding_form_caption();

    @Message
    String finding_form_choose();

    @Message
    String finding_form_description();

    @Message
    String finding_form_evaluation();

    @Message
    String finding_form_locationHint();

    @Message
    String finding_form_noEvaluation();

    @Message
    String finding_form_photos(int max);

    @Message
    String finding_form_recommendation();

    @Message
    String finding_form_submit();

    @Message
    String finding_form_title();

    @Message
    String finding_form_verify();

    @Message
    String home_api();

    @Message
    String home_illustrative();

    @Message
    String layout_navigation();

    @Message
    String layout_skip();

    String offline_waiting();

    String offline_refused();

    String offline_saved();

    String offline_signIn();

    String offline_failed();

    String outbox_title();

    String outbox_intro();

    String outbox_empty();

    String outbox_sendNow();

    String outbox_correct();

    String outbox_discard();

    String outbox_discardConfirm();

    String outbox_waitingState();

    String outbox_refusedState();

    String outbox_otherUser();

    String outbox_savedAt();

    String outbox_photos();

    String outbox_noStore();

    @Message
    String errorPage_status(int status);

    @Message
    String errorPage_dashboard();

    @Message
    String errorPage_previous();

    @Message
    String errorPage_fields();

    @Message
    String page_chart_budget();

    @Message
    String page_chart_budgetText(String budget, String spent);

    @Message
    String page_chart_sCurve();

    @Message
    String page_explain_title();

    @Message
    String page_explain_physical();

    @Message
    String page_explain_financial();

    @Message
    String page_explain_spi();

    @Message
    String page_explain_cpi();

    @Message
    String page_chart_sCurveText(String date, String planned, String actual);

    @Message
    String page_csrf();

    String page_form_badKey();

    @Message
    String page_error();

    @Message
    String page_form_choose();

    /** The first option of a choice with no default, such as a move in a record's life. */
    @Message
    String page_form_choosePlaceholder();

    @Message
    String page_form_date();

    @Message
    String page_form_digits(int max);

    @Message
    String page_form_fix();

    @Message
    String page_form_number();

    @Message
    String page_form_photoAgain();

    @Message
    String page_form_atLeast(String bound);

    @Message
    String page_form_atMost(String bound);

    @Message
    String page_form_whole();

    @Message
    String page_form_pattern();

    @Message
    String page_form_required();

    @Message
    String page_form_tooLong(int max);

    @Message
    String page_form_tooManyPhotos(int max);

    @Message
    String page_invalidDate();

    @Message
    String page_save();

    @Message
    String page_saved();

    @Message
    String page_unchanged();

    @Message
    String milestone_clearForecast();

    @Message
    String milestone_clearActual();

    @Message
    String page_stale();

    @Message
    String page_total();

    @Message
    String progress_form_correction();

    @Message
    String progress_form_history();

    @Message
    String progress_form_last();

    @Message
    String progress_form_note();

    @Message
    String progress_form_saved();

    @Message
    String progress_form_submit();

    @Message
    String progress_form_title();

    @Message
    String report_budget_title();

    @Message
    String report_col_actual();

    @Message
    String report_col_actualCumulative();

    @Message
    String report_col_amount();

    @Message
    String report_col_availableUsd();

    @Message
    String report_col_baseline();

    @Message
    String report_col_budgetUsd();

    @Message
    String report_col_category();

    @Message
    String report_col_center();

    @Message
    String report_col_check();

    @Message
    String report_col_code();

    @Message
    String report_col_committedUsd();

    @Message
    String report_col_date();

    @Message
    String report_col_earnedValueUsd();

    @Message
    String report_col_financialExecution();

    @Message
    String report_col_forecast();

    @Message
    String report_col_fundingSource();

    @Message
    String report_col_lateMilestones();

    @Message
    String report_col_location();

    @Message
    String report_col_milestone();

    @Message
    String report_col_openCritical();

    @Message
    String report_col_passed();

    @Message
    String report_col_percentComplete();

    @Message
    String report_col_phase();

    @Message
    String report_col_physicalProgress();

    @Message
    String report_col_plannedCumulative();

    @Message
    String report_col_plannedStart();

    @Message
    String report_col_plannedValueUsd();

    @Message
    String report_col_rag();

    @Message
    String report_col_revisedContractAmount();

    @Message
    String report_col_revisedPlannedEnd();

    @Message
    String report_col_severity();

    @Message
    String report_col_slipDays();

    @Message
    String report_col_source();

    @Message
    String report_col_spentToDateUsd();

    @Message
    String report_col_status();

    @Message
    String report_col_threshold();

    @Message
    String report_col_title();

    @Message
    String report_col_value();

    @Message
    String report_findings_sheet_findings();

    @Message
    String report_findings_title();

    @Message
    String report_progress_rule();

    @Message
    String report_progress_sheet_milestones();

    @Message
    String report_progress_title();

    @Message
    String reports_centers();

    @Message
    String reports_cutOff();

    @Message
    String reports_cutOffHint();

    @Message
    String reports_download();

    @Message
    String reports_from();

    @Message
    String reports_hint();

    @Message
    String reports_language();

    @Message
    String reports_period();

    @Message
    String reports_preparing();

    @Message
    String reports_title();

    @Message
    String reports_to();

    @Message
    String reports_which();

    @Message
    String signIn_busy();

    @Message
    String signIn_csrf();

    @Message
    String signIn_invalid();

    @Message
    String signIn_password();

    @Message
    String signIn_signIn();

    @Message
    String signIn_signOut();

    @Message
    String signIn_signedOut();

    @Message
    String signIn_submit();

    @Message
    String signIn_throttled();

    @Message
    String signIn_title();

    @Message
    String signIn_username();
}
