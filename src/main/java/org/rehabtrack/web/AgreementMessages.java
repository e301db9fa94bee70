package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of an agreement's page and of its form ({@link AgreementPage}, {@link AgreementForm}):
 * <code>&#123;agreementPage:agreementPage_parties&#125;</code> in templates, {@code
 * messages/agreementPage_en.properties} and {@code agreementPage_es.properties}, checked like
 * {@link PageMessages}.
 */
@MessageBundle(value = AgreementMessages.NAME, locale = "en")
public interface AgreementMessages {

    String NAME = "agreementPage";

    @Message
    String agreementPage_add();

    @Message
    String agreementPage_open();

    @Message
    String agreementPage_newTitle();

    @Message
    String agreementPage_newHint();

    @Message
    String agreementPage_editTitle();

    @Message
    String agreementPage_edit();

    @Message
    String agreementPage_type();

    @Message
    String agreementPage_title();

    @Message
    String agreementPage_parties();

    @Message
    String agreementPage_partiesHint();

    @Message
    String agreementPage_status();

    @Message
    String agreementPage_statusHint();

    @Message
    String agreementPage_signatureDate();

    @Message
    String agreementPage_validFrom();

    @Message
    String agreementPage_validUntil();

    @Message
    String agreementPage_documentReference();

    @Message
    String agreementPage_notes();

    @Message
    String agreementPage_optional();

    @Message
    String agreementPage_create();

    @Message
    String agreementPage_created();

    @Message
    String agreementPage_stale();

    @Message
    String agreementPage_commitments();

    @Message
    String agreementPage_noCommitments();

    @Message
    String agreementPage_partner();

    @Message
    String agreementPage_kind();

    @Message
    String agreementPage_description();

    @Message
    String agreementPage_dueDate();

    @Message
    String agreementPage_commitmentStatus();

    @Message
    String agreementPage_addCommitment();

    @Message
    String agreementPage_addCommitmentHint();

    @Message
    String agreementPage_commitmentAdded();

    @Message
    String agreementPage_commitmentSaved();

    @Message
    String agreementPage_commitmentStale();

    @Message
    String agreementPage_saveCommitment();

    @Message
    String agreementPage_details();

    @Message
    String agreementPage_partiesRequired();

    @Message
    String agreementPage_clearDate();

    @Message
    String agreementPage_change();
}
