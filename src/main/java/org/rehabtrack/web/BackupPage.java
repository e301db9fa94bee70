package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.backup.OnlineBackup;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Roles;

/**
 * The administrator's backup page ({@code /admin/backup}): what a backup holds and where it goes,
 * and the button that writes one now ({@link OnlineBackup}), answered with the file written, or, on
 * PostgreSQL, with the service's refusal in the page's language.
 */
@Path("/admin/backup")
@RolesAllowed(Roles.ADMIN)
public class BackupPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance backup(Page page, String done, String refused);
    }

    private final Page page;
    private final OnlineBackup backup;

    BackupPage(Page page, OnlineBackup backup) {
        this.page = page;
        this.backup = backup;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show() {
        return page.localized(Templates.backup(page, null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response write(@RestForm(Csrf.FIELD) String token) {
        FormErrors errors = new FormErrors(page);
        if (!Csrf.matches(page.csrf(), token)) {
            errors.add(FormErrors.FORM, errors.msg().page_csrf());
            return FormErrors.unprocessable(
                    page.localized(
                            Templates.backup(page, null, errors.map().get(FormErrors.FORM))));
        }
        try {
            OnlineBackup.Written written = backup.write();
            String done =
                    page.texts(AdminMessages.class)
                            .backup_done(
                                    written.file(),
                                    page.formats().number(written.size()),
                                    written.photos(),
                                    written.reports());
            return Response.ok(page.localized(Templates.backup(page, done, null)))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .build();
        } catch (Refusal e) {
            errors.refused(e);
            return Response.status(409)
                    .entity(
                            page.localized(
                                    Templates.backup(
                                            page, null, errors.map().get(FormErrors.FORM))))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .build();
        }
    }
}
