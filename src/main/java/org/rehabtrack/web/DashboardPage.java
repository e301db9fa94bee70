package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.center.Phase;
import org.rehabtrack.finding.FindingService;
import org.rehabtrack.finding.Severity;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.status.CenterStatusService;
import org.rehabtrack.status.Rag;

/**
 * The portfolio dashboard, the first page after signing in: every center the user may see with its
 * phase as steps, physical and financial progress, SPI and CPI, late milestones, open critical
 * findings and red/amber/green status; the portfolio's totals; filters by phase and status. Without
 * a session it sends the browser to the sign-in form.
 */
@Path("/")
@PermitAll
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(
                Page page,
                List<DashboardRow> rows,
                Totals totals,
                Phase phase,
                Rag status,
                List<Phase> phases,
                List<Rag> statuses,
                boolean illustrative);
    }

    /**
     * The portfolio's figures over the centers shown; budget and spent in dollars, null while a
     * center's money cannot be converted for want of an exchange rate.
     */
    public record Totals(
            int centers,
            int red,
            int amber,
            int green,
            int lateMilestones,
            int openCritical,
            BigDecimal budget,
            BigDecimal spent) {

        /** The statuses in the order the totals show them, worst first. */
        public List<Rag> rags() {
            return List.of(Rag.RED, Rag.AMBER, Rag.GREEN);
        }

        /** How many centers shown have that status. */
        public int count(Rag rag) {
            return switch (rag) {
                case RED -> red;
                case AMBER -> amber;
                case GREEN -> green;
            };
        }
    }

    private final Page page;
    private final CenterService centerService;
    private final CenterStatusService statuses;
    private final FindingService findingService;
    private final Visibility visibility;
    private final Clock clock;

    DashboardPage(
            Page page,
            CenterService centerService,
            CenterStatusService statuses,
            FindingService findingService,
            Visibility visibility,
            Clock clock) {
        this.page = page;
        this.centerService = centerService;
        this.statuses = statuses;
        this.findingService = findingService;
        this.visibility = visibility;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response dashboard(
            @QueryParam("phase") String phase, @QueryParam("status") String status) {
        if (!page.signedIn()) {
            return SeeOther.to(SeeOther.signIn("/"));
        }
        Phase phaseFilter = parse(Phase.class, phase);
        Rag statusFilter = parse(Rag.class, status);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<Severity, Integer>> open = findingService.openBySeverity();
        List<DashboardRow> rows = new ArrayList<>();
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        int red = 0;
        int amber = 0;
        int green = 0;
        int late = 0;
        int critical = 0;
        boolean illustrative = false;
        List<Center> shown =
                centerService.seenBy(visibility.scope()).stream()
                        .filter(center -> phaseFilter == null || center.getPhase() == phaseFilter)
                        .toList();
        for (var centerStatus : statuses.of(shown, today, null, open).values()) {
            Center center = centerStatus.center();
            if (statusFilter != null && centerStatus.rag() != statusFilter) {
                continue;
            }
            rows.add(DashboardRow.of(centerStatus));
            budget =
                    budget == null || centerStatus.budgetUsd() == null
                            ? null
                            : budget.add(centerStatus.budgetUsd());
            spent =
                    spent == null || centerStatus.spentUsd() == null
                            ? null
                            : spent.add(centerStatus.spentUsd());
            red += centerStatus.rag() == Rag.RED ? 1 : 0;
            amber += centerStatus.rag() == Rag.AMBER ? 1 : 0;
            green += centerStatus.rag() == Rag.GREEN ? 1 : 0;
            late += centerStatus.lateMilestones();
            critical += centerStatus.openCritical();
            illustrative |= center.isIllustrative();
        }
        Totals totals = new Totals(rows.size(), red, amber, green, late, critical, budget, spent);
        return Response.ok(
                        page.localized(
                                Templates.dashboard(
                                        page,
                                        rows,
                                        totals,
                                        phaseFilter,
                                        statusFilter,
                                        List.of(Phase.values()),
                                        List.of(Rag.values()),
                                        illustrative)))
                .build();
    }

    /**
     * A filter's value; none for an empty or unknown one, so a stale link still shows the
     * dashboard.
     */
    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
