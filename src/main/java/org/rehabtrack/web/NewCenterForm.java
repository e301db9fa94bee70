package org.rehabtrack.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rehabtrack.system.Roles;

/**
 * The address of the form that registers a center, {@code /centers/new}: a path of its own, which
 * the center's page ({@code /centers/{code}}) would otherwise take for a center's code. The form
 * itself is {@link CenterForm}'s.
 */
@Path("/centers/new")
@RolesAllowed(Roles.MANAGER)
public class NewCenterForm {

    private final CenterForm form;

    NewCenterForm(CenterForm form) {
        this.form = form;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance blank() {
        return form.blank();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam CenterFormFields posted) {
        return form.create(posted);
    }
}
