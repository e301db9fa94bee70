package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a finding's own page ({@link FindingPage}): <code>
 * &#123;findingPage:findingPage_photos&#125;</code> in templates, {@code
 * messages/findingPage_en.properties} and {@code findingPage_es.properties}, checked like {@link
 * PageMessages}.
 */
@MessageBundle(value = FindingMessages.NAME, locale = "en")
public interface FindingMessages {

    String NAME = "findingPage";

    @Message
    String findingPage_open();

    @Message
    String findingPage_location();

    @Message
    String findingPage_estimatedCost();

    @Message
    String findingPage_addressedBy();

    @Message
    String findingPage_photos();

    @Message
    String findingPage_noPhotos();

    @Message
    String findingPage_addPhotos();

    @Message
    String findingPage_photosAdded();

    @Message
    String findingPage_plan();

    @Message
    String findingPage_planHint();

    @Message
    String findingPage_package();

    @Message
    String findingPage_noPackage();

    @Message
    String findingPage_planned();

    @Message
    String findingPage_move();

    @Message
    String findingPage_moveHint();

    @Message
    String findingPage_status();

    @Message
    String findingPage_reason();

    @Message
    String findingPage_moved();

    @Message
    String findingPage_verified();

    @Message
    String findingPage_history();

    @Message
    String findingPage_created();

    @Message
    String findingPage_stale();

    @Message
    String findingPage_optional();
}
