package org.rehabtrack.fielddata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.Languages;
import org.rehabtrack.system.Roles;

/**
 * Evaluations collected with KoboToolbox or ODK: {@code /api/centers/{code}/evaluations/import}.
 */
@Path("/api/centers/{code}/evaluations/import")
@Tag(name = "Field data")
@RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
public class EvaluationImportResource {

    private final EvaluationImport imports;

    EvaluationImportResource(EvaluationImport imports) {
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Import the submissions of the evaluation form as KoboToolbox (XLSX, part 'file';"
                            + " attachments zip, part 'media') or ODK Central (its zip, part 'file';"
                            + " or its CSV files, parts 'file' and 'findings') exported them; reports"
                            + " per submission what was created, found imported before, or refused")
    public ImportReport importSubmissions(
            @PathParam("code") String code,
            @RestForm("file") FileUpload file,
            @RestForm("findings") FileUpload findings,
            @RestForm("media") FileUpload media,
            @QueryParam("lang") String lang,
            HttpHeaders headers,
            SecurityContext security) {
        return imports.importInto(
                code,
                path(file),
                path(findings),
                path(media),
                Actor.of(security),
                Languages.chosen(headers, lang));
    }

    private static java.nio.file.Path path(FileUpload upload) {
        return upload == null ? null : upload.uploadedFile();
    }
}
