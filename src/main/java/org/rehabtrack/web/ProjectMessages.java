package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a center's preliminary project page ({@link ProjectPage}): <code>
 * &#123;projectPage:projectPage_scope&#125;</code> in templates, {@code
 * messages/projectPage_en.properties} and {@code projectPage_es.properties}, checked like {@link
 * PageMessages}.
 */
@MessageBundle(value = ProjectMessages.NAME, locale = "en")
public interface ProjectMessages {

    String NAME = "projectPage";

    @Message
    String projectPage_title();

    @Message
    String projectPage_open();

    @Message
    String projectPage_none();

    @Message
    String projectPage_noneRead();

    @Message
    String projectPage_version(int number);

    @Message
    String projectPage_earlier(int number);

    @Message
    String projectPage_showCurrent();

    @Message
    String projectPage_versions();

    @Message
    String projectPage_scope();

    @Message
    String projectPage_termsOfReference();

    @Message
    String projectPage_contingency();

    @Message
    String projectPage_details();

    @Message
    String projectPage_frozen();

    @Message
    String projectPage_submitted();

    @Message
    String projectPage_boq();

    @Message
    String projectPage_boqHint();

    @Message
    String projectPage_boqDownload();

    @Message
    String projectPage_boqFile();

    @Message
    String projectPage_boqUpload();

    @Message
    String projectPage_boqUploaded();

    @Message
    String projectPage_boqProblems();

    @Message
    String projectPage_chooseFile();

    @Message
    String projectPage_decision();

    @Message
    String projectPage_decisionHint();

    @Message
    String projectPage_moveLabel();

    @Message
    String projectPage_date();

    @Message
    String projectPage_institution();

    @Message
    String projectPage_noInstitution();

    @Message
    String projectPage_person();

    @Message
    String projectPage_note();

    @Message
    String projectPage_record();

    @Message
    String projectPage_decided();

    @Message
    String projectPage_decisions();

    @Message
    String projectPage_newVersion();

    @Message
    String projectPage_newVersionHint();

    @Message
    String projectPage_versionStarted();

    @Message
    String projectPage_stale();

    @Message
    String projectPage_optional();

    @Message
    String projectPage_item();

    @Message
    String projectPage_description();

    @Message
    String projectPage_unit();

    @Message
    String projectPage_quantity();

    @Message
    String projectPage_unitPrice();

    /** What a decision does to the version, as the form offers it. */
    @Message
    String projectPage_move(org.rehabtrack.preliminary.ProjectStatus value);
}
