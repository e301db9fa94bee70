package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a milestone's own page and of the form that adds one ({@link MilestonePage}): <code>
 * &#123;milestonePage:milestonePage_note&#125;</code> in templates, {@code
 * messages/milestonePage_en.properties} and {@code milestonePage_es.properties}, checked like
 * {@link PageMessages}.
 */
@MessageBundle(value = MilestoneMessages.NAME, locale = "en")
public interface MilestoneMessages {

    String NAME = "milestonePage";

    @Message
    String milestonePage_open();

    @Message
    String milestonePage_details();

    @Message
    String milestonePage_name();

    @Message
    String milestonePage_note();

    @Message
    String milestonePage_firstBaseline();

    @Message
    String milestonePage_rebaseline();

    @Message
    String milestonePage_rebaselineHint();

    @Message
    String milestonePage_newBaseline();

    @Message
    String milestonePage_reason();

    @Message
    String milestonePage_rebaselined();

    @Message
    String milestonePage_moves();

    @Message
    String milestonePage_add();

    @Message
    String milestonePage_addHint();

    @Message
    String milestonePage_addSubmit();
}
