package org.rehabtrack.web;

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
import org.rehabtrack.security.Csrf;
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
    public Response create(
            @RestForm(Csrf.FIELD) String token,
            @RestForm String code,
            @RestForm String phase,
            @RestForm String phaseSince,
            @RestForm String name,
            @RestForm String type,
            @RestForm String department,
            @RestForm String municipality,
            @RestForm String latitude,
            @RestForm String longitude,
            @RestForm String populationServed,
            @RestForm String capacity,
            @RestForm String administeringInstitution) {
        return form.create(
                token,
                new String[] {
                    "code", code,
                    "phase", phase,
                    "phaseSince", phaseSince,
                    "name", name,
                    "type", type,
                    "department", department,
                    "municipality", municipality,
                    "latitude", latitude,
                    "longitude", longitude,
                    "populationServed", populationServed,
                    "capacity", capacity,
                    "administeringInstitution", administeringInstitution
                });
    }
}
