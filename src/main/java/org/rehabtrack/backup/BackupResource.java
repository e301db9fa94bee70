package org.rehabtrack.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.Roles;

/** {@code POST /api/admin/backup}: an online backup of the embedded database and the photos. */
@Path("/api/admin/backup")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class BackupResource {

    private final OnlineBackup backup;

    BackupResource(OnlineBackup backup) {
        this.backup = backup;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary =
                    "Back up the embedded H2 database and the photos, while the service runs, into one zip"
                            + " under the data folder's backups; 409 on PostgreSQL (use pg_dump)")
    public Response write() {
        return Response.status(Response.Status.CREATED).entity(backup.write()).build();
    }
}
