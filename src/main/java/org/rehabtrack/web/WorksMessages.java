package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a works package's page and of the form that plans one ({@link WorkPackagePage},
 * {@link NewWorkPackageForm}): <code>&#123;worksPage:worksPage_scope&#125;</code> in templates,
 * {@code messages/worksPage_en.properties} and {@code worksPage_es.properties}, checked like {@link
 * PageMessages}.
 */
@MessageBundle(value = WorksMessages.NAME, locale = "en")
public interface WorksMessages {

    String NAME = "worksPage";

    @Message
    String worksPage_open();

    @Message
    String worksPage_add();

    @Message
    String worksPage_newTitle();

    @Message
    String worksPage_newHint();

    @Message
    String worksPage_code();

    @Message
    String worksPage_codeHint();

    @Message
    String worksPage_title();

    @Message
    String worksPage_scope();

    @Message
    String worksPage_fundingSource();

    @Message
    String worksPage_noFunding();

    @Message
    String worksPage_category();

    @Message
    String worksPage_budget();

    @Message
    String worksPage_currency();

    @Message
    String worksPage_plannedStart();

    @Message
    String worksPage_plannedEnd();

    @Message
    String worksPage_findings();

    @Message
    String worksPage_findingsHint();

    @Message
    String worksPage_create();

    @Message
    String worksPage_created();

    @Message
    String worksPage_optional();

    @Message
    String worksPage_contractor();

    @Message
    String worksPage_noContractor();

    @Message
    String worksPage_contractAmount();

    @Message
    String worksPage_actualStart();

    @Message
    String worksPage_actualEnd();

    @Message
    String worksPage_move();

    @Message
    String worksPage_moveHint();

    @Message
    String worksPage_moveTo();

    @Message
    String worksPage_moveDate();

    @Message
    String worksPage_moved();

    @Message
    String worksPage_stale();

    @Message
    String worksPage_changeOrders();

    @Message
    String worksPage_noChangeOrders();

    @Message
    String worksPage_askChange();

    @Message
    String worksPage_askChangeHint();

    @Message
    String worksPage_changeAmount();

    @Message
    String worksPage_days();

    @Message
    String worksPage_reason();

    @Message
    String worksPage_asked();

    @Message
    String worksPage_approve();

    @Message
    String worksPage_reject();

    @Message
    String worksPage_decided();

    @Message
    String worksPage_payments();

    @Message
    String worksPage_noPayments();

    @Message
    String worksPage_pay();

    @Message
    String worksPage_payHint();

    @Message
    String worksPage_reference();

    @Message
    String worksPage_paid();

    @Message
    String worksPage_inDollars();

    @Message
    String worksPage_packageGrant();
}
