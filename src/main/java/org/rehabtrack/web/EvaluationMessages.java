package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of an evaluation's page and of the form that records one ({@link EvaluationPage}):
 * <code>&#123;evaluationPage:evaluationPage_beds&#125;</code> in templates, {@code
 * messages/evaluationPage_en.properties} and {@code evaluationPage_es.properties}, checked like
 * {@link PageMessages}.
 */
@MessageBundle(value = EvaluationMessages.NAME, locale = "en")
public interface EvaluationMessages {

    String NAME = "evaluationPage";

    @Message
    String evaluationPage_add();

    @Message
    String evaluationPage_open();

    @Message
    String evaluationPage_newTitle();

    @Message
    String evaluationPage_newHint();

    @Message
    String evaluationPage_kind();

    @Message
    String evaluationPage_date();

    @Message
    String evaluationPage_leadEngineer();

    @Message
    String evaluationPage_summary();

    @Message
    String evaluationPage_optional();

    @Message
    String evaluationPage_measurements();

    @Message
    String evaluationPage_people();

    @Message
    String evaluationPage_spaces();

    @Message
    String evaluationPage_sanitation();

    @Message
    String evaluationPage_safety();

    @Message
    String evaluationPage_personsDesignCapacity();

    @Message
    String evaluationPage_personsObservedPeak();

    @Message
    String evaluationPage_overnightStay();

    @Message
    String evaluationPage_unknown();

    @Message
    String evaluationPage_yes();

    @Message
    String evaluationPage_no();

    @Message
    String evaluationPage_coveredAreaM2();

    @Message
    String evaluationPage_minCeilingHeightM();

    @Message
    String evaluationPage_childFriendlySpaceM2();

    @Message
    String evaluationPage_beds();

    @Message
    String evaluationPage_familyRooms();

    @Message
    String evaluationPage_toiletsFemale();

    @Message
    String evaluationPage_toiletsMale();

    @Message
    String evaluationPage_toiletsAccessible();

    @Message
    String evaluationPage_showers();

    @Message
    String evaluationPage_handwashingPoints();

    @Message
    String evaluationPage_waterLitresPerDay();

    @Message
    String evaluationPage_fireExtinguishers();

    @Message
    String evaluationPage_emergencyExits();

    @Message
    String evaluationPage_create();

    @Message
    String evaluationPage_created();

    @Message
    String evaluationPage_comparison(String date);

    @Message
    String evaluationPage_before();

    @Message
    String evaluationPage_after();

    @Message
    String evaluationPage_change();

    @Message
    String evaluationPage_isInitial();

    @Message
    String evaluationPage_noInitial();
}
