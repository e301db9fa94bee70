package org.rehabtrack.report;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.problem.ApiException;
import org.rehabtrack.system.problem.Messages;

@Path("/api/reports")
@Tag(name = "Reports", description = "Excel workbooks for IOM, State partners and donors")
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FindingsReport findings;
    private final CenterRepository centers;
    private final Clock clock;

    ReportResource(FindingsReport findings, CenterRepository centers, Clock clock) {
        this.findings = findings;
        this.centers = centers;
        this.clock = clock;
    }

    @GET
    @Path("findings.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "Evaluation findings workbook: findings, counts by severity and status, standards checks")
    public Response findings(@BeanParam ReportRequest request, HttpHeaders headers, SecurityContext security) {
        ReportContext context = context(request, headers, security);
        return attachment(findings.write(context), "findings-" + LocalDate.now(clock) + ".xlsx");
    }

    private ReportContext context(ReportRequest request, HttpHeaders headers, SecurityContext security) {
        Locale locale = request.locale(Messages.negotiate(headers.getAcceptableLanguages()));
        List<Center> selected = new ArrayList<>();
        for (int i = 0; i < request.centers.size(); i++) {
            String code = request.centers.get(i);
            String field = "center";
            selected.add(centers.findByCode(code)
                    .orElseThrow(() -> ApiException.invalidField(field, "center.unknown", code)));
        }
        boolean all = selected.isEmpty();
        if (all) {
            selected = centers.list("order by code");
        }
        return new ReportContext(locale, selected, all, clock.instant(), clock.getZone(), Actor.of(security));
    }

    private static Response attachment(byte[] workbook, String fileName) {
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
