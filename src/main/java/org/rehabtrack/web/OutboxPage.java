package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rehabtrack.system.Roles;

/**
 * What waits on the phone to be sent (docs/field-data.md, "Offline forms"): the page is a frame
 * that {@code /js/outbox.js} fills from the phone's own store, so it works with no connection. Its
 * {@code session} answers the offline forms' script who is signed in now and the token their posts
 * carry, so that a record saved by one user is only ever sent as that user.
 */
@Path("/outbox")
@RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
public class OutboxPage {

    /** Who is signed in on this browser now, and the token against cross-site posts. */
    public record Session(String user, String csrf) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(Page page);
    }

    private final Page page;

    OutboxPage(Page page) {
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show() {
        return page.localized(Templates.outbox(page));
    }

    @GET
    @Path("session")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response session() {
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        return Response.ok(new Session(page.user(), page.csrf())).cacheControl(never).build();
    }
}
