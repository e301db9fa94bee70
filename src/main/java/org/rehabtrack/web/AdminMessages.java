package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the administrator's pages ({@link UserAdminPage}, {@link BackupPage}): <code>
 * &#123;admin:users_title&#125;</code> in templates, {@code messages/admin_en.properties} and
 * {@code admin_es.properties}, checked like {@link PageMessages}.
 */
@MessageBundle(value = AdminMessages.NAME, locale = "en")
public interface AdminMessages {

    String NAME = "admin";

    @Message
    String users_title();

    @Message
    String users_new();

    @Message
    String users_username();

    @Message
    String users_usernameHint();

    @Message
    String users_displayName();

    @Message
    String users_role();

    @Message
    String users_organisation();

    @Message
    String users_organisationHint();

    @Message
    String users_none();

    @Message
    String users_enabled();

    @Message
    String users_status();

    @Message
    String users_active();

    @Message
    String users_disabled();

    @Message
    String users_password();

    @Message
    String users_passwordHint();

    @Message
    String users_create();

    @Message
    String users_created();

    @Message
    String users_reset();

    @Message
    String users_resetDone();

    @Message
    String users_stale();

    @Message
    String users_edit();

    @Message
    String backup_title();

    @Message
    String backup_hint();

    @Message
    String backup_submit();

    @Message
    String backup_done(String file, String size, int photos, int reports);

    @Message
    String users_email();

    @Message
    String users_emailHint();

    @Message
    String users_language();

    @Message
    String users_optional();
}
