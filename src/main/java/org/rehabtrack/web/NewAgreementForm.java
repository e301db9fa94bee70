package org.rehabtrack.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rehabtrack.system.Roles;

/**
 * The address of the form that records an agreement on a center, {@code
 * /centers/{code}/agreements/new}: a path of its own, which an agreement's page would otherwise
 * take for an agreement's number. The form itself is {@link AgreementForm}'s.
 */
@Path("/centers/{code}/agreements/new")
@RolesAllowed(Roles.MANAGER)
public class NewAgreementForm {

    private final AgreementForm form;

    NewAgreementForm(AgreementForm form) {
        this.form = form;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance blank(@PathParam("code") String code) {
        return form.blank(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@PathParam("code") String code, @BeanParam AgreementFormFields posted) {
        return form.create(code, posted);
    }
}
