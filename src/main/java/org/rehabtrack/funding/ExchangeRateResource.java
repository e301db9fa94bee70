package org.rehabtrack.funding;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.QueryParams;
import org.rehabtrack.system.Roles;

@Path("/api/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
@Authenticated
public class ExchangeRateResource {

    private final ExchangeRateService service;

    ExchangeRateResource(ExchangeRateService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Recorded rates, by currency and date (currency, from, to filters)")
    public List<ExchangeRateView> search(
            @QueryParam("currency") String currency,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return service.search(currency, QueryParams.date("from", from), QueryParams.date("to", to));
    }

    @GET
    @Path("{id}")
    public ExchangeRateView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a rate: units of a currency per US dollar on a date, with its source")
    public Response record(@NotNull @Valid NewExchangeRate body, UriInfo uri) {
        ExchangeRateView created = service.record(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }
}
