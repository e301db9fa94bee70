package org.rehabtrack.works;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.Refusal;

@Path("/api/expenditures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Works")
@Authenticated
public class ExpenditureResource {

    private final ExpenditureService service;
    private final Visibility visibility;

    ExpenditureResource(ExpenditureService service, Visibility visibility) {
        this.service = service;
        this.visibility = visibility;
    }

    @GET
    @Path("{id}")
    public ExpenditureView get(@PathParam("id") long id) {
        ExpenditureView payment = service.get(id);
        // Another donor's payment is, to a donor, one that does not exist.
        if (!visibility.scope().showsGrant(payment.fundingSource())) {
            throw Refusal.notFound("expenditure.notFound", id);
        }
        return payment;
    }
}
