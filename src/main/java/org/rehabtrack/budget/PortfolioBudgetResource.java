package org.rehabtrack.budget;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.QueryParams;

/** The whole portfolio's money and earned value: {@code /api/budget}. */
@Path("/api/budget")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
@Authenticated
public class PortfolioBudgetResource {

    private final CenterBudgetService service;
    private final Visibility visibility;
    private final Clock clock;

    PortfolioBudgetResource(CenterBudgetService service, Visibility visibility, Clock clock) {
        this.service = service;
        this.visibility = visibility;
        this.clock = clock;
    }

    @GET
    @Operation(
            summary =
                    "Every visible center's budget, spending and earned value added up, in USD, at statusDate")
    public PortfolioBudget portfolio(@QueryParam("statusDate") String statusDate) {
        LocalDate date = QueryParams.date("statusDate", statusDate);
        return service.portfolio(
                date == null ? LocalDate.now(clock) : date, visibility.centerIds());
    }
}
