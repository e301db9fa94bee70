package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the manager's forms about a center itself: its details ({@link CenterForm}) and its
 * phase ({@link PhaseForm}). Templates read them as <code>&#123;centerForm:centerForm_name&#125;
 * </code>; the files are {@code messages/centerForm_en.properties} and {@code
 * centerForm_es.properties}, checked like {@link PageMessages}.
 */
@MessageBundle(value = CenterFormMessages.NAME, locale = "en")
public interface CenterFormMessages {

    String NAME = "centerForm";

    @Message
    String centerForm_newTitle();

    @Message
    String centerForm_editTitle();

    @Message
    String centerForm_edit();

    @Message
    String centerForm_code();

    @Message
    String centerForm_codeHint();

    @Message
    String centerForm_name();

    @Message
    String centerForm_type();

    @Message
    String centerForm_department();

    @Message
    String centerForm_municipality();

    @Message
    String centerForm_latitude();

    @Message
    String centerForm_longitude();

    @Message
    String centerForm_coordinatesHint();

    @Message
    String centerForm_populationServed();

    @Message
    String centerForm_capacity();

    @Message
    String centerForm_institution();

    @Message
    String centerForm_noInstitution();

    @Message
    String centerForm_phase();

    @Message
    String centerForm_phaseSince();

    @Message
    String centerForm_create();

    @Message
    String centerForm_created();

    @Message
    String centerForm_stale();

    @Message
    String centerForm_optional();

    @Message
    String phaseForm_title();

    @Message
    String phaseForm_current(String phase, String since);

    @Message
    String phaseForm_target();

    @Message
    String phaseForm_date();

    @Message
    String phaseForm_reason();

    @Message
    String phaseForm_reasonHint();

    @Message
    String phaseForm_gateReached(String milestone, String date);

    @Message
    String phaseForm_gateMissing(String milestone);

    @Message
    String phaseForm_noGate();

    @Message
    String phaseForm_submit();

    @Message
    String phaseForm_changed();

    @Message
    String phaseForm_history();

    @Message
    String phaseForm_registered();
}
