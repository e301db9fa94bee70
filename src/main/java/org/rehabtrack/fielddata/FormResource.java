package org.rehabtrack.fielddata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.Roles;

/**
 * The forms that KoboToolbox and ODK Central collect offline on phones: {@code /api/forms}. What
 * they collect comes back through {@code POST /api/centers/{code}/evaluations/import}.
 */
@Path("/api/forms")
@Tag(name = "Field data")
@RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
public class FormResource {

    static final String XLSX = MediaTypes.XLSX;

    private final FieldForms forms;

    FormResource(FieldForms forms) {
        this.forms = forms;
    }

    @GET
    @Path("evaluation.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary =
                    "The site evaluation as an XLSForm for KoboToolbox and ODK Central, offering the"
                            + " centers the caller may see (center= chooses one beforehand)")
    public Response evaluation(@QueryParam("center") String center) {
        return Response.ok(forms.evaluation(center), XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + EvaluationForm.FORM_ID + ".xlsx\"")
                .build();
    }
}
