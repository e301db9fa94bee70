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

    @Message
    String evaluationPage_importAction();

    @Message
    String evaluationPage_importTitle();

    @Message
    String evaluationPage_importHint();

    @Message
    String evaluationPage_importForm();

    @Message
    String evaluationPage_importFile();

    @Message
    String evaluationPage_importFindings();

    @Message
    String evaluationPage_importMedia();

    @Message
    String evaluationPage_importSubmit();

    @Message
    String evaluationPage_importResult(int created, int already, int refused);

    @Message
    String evaluationPage_importSubmission();

    @Message
    String evaluationPage_importOutcome();

    @Message
    String evaluationPage_importRow(int row);

    @Message
    String evaluationPage_importCreated(int findings, int photos);

    @Message
    String evaluationPage_importAlready();

    @Message
    String evaluationPage_importRefused();

    @Message
    String evaluationPage_importOpen();
}
