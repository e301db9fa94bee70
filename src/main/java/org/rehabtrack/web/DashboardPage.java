package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rehabtrack.center.Phase;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.status.CenterStatus;
import org.rehabtrack.status.KeptStatuses;
import org.rehabtrack.status.Rag;

/**
 * The portfolio dashboard, the first page after signing in: the centers the user may see, a page at
 * a time, with their phase as steps, physical and financial progress, SPI and CPI, late milestones,
 * open critical findings and red/amber/green status; the totals of every center the filters let
 * through above them; filters by phase, status, department, late milestones and open critical
 * findings; any column sorted either way. The figures are today's statuses kept between requests
 * ({@link KeptStatuses}), each row drawn once per status and language ({@link DashboardRows}): a
 * request works out again only the centers changed since. Without a session it sends the browser to
 * the sign-in form.
 */
@Path("/")
@PermitAll
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(
                Page page,
                List<RawString> rows,
                Totals totals,
                DashboardQuery query,
                Pager pager,
                List<Heading> columns,
                List<Phase> phases,
                List<Rag> statuses,
                List<String> departments,
                boolean illustrative);

        static native TemplateInstance row(DashboardRow row);
    }

    /**
     * The portfolio's figures over the centers the filters let through; budget and spent in
     * dollars, null while a center's money cannot be converted for want of an exchange rate.
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

        static Totals of(List<CenterStatus> statuses) {
            BigDecimal budget = BigDecimal.ZERO;
            BigDecimal spent = BigDecimal.ZERO;
            int[] rags = new int[Rag.values().length];
            int late = 0;
            int critical = 0;
            for (CenterStatus status : statuses) {
                budget =
                        budget == null || status.budgetUsd() == null
                                ? null
                                : budget.add(status.budgetUsd());
                spent =
                        spent == null || status.spentUsd() == null
                                ? null
                                : spent.add(status.spentUsd());
                rags[status.rag().ordinal()]++;
                late += status.lateMilestones();
                critical += status.openCritical();
            }
            return new Totals(
                    statuses.size(),
                    rags[Rag.RED.ordinal()],
                    rags[Rag.AMBER.ordinal()],
                    rags[Rag.GREEN.ordinal()],
                    late,
                    critical,
                    budget,
                    spent);
        }
    }

    /**
     * Which page of the centers is shown: its number (from 1) of how many, and the centers on it
     * (from, to) of how many the filters let through.
     */
    public record Pager(int page, int pages, int from, int to, int total) {

        static Pager of(int asked, int total) {
            int pages =
                    Math.max(1, (total + DashboardQuery.PAGE_SIZE - 1) / DashboardQuery.PAGE_SIZE);
            int page = Math.min(asked, pages);
            int from = (page - 1) * DashboardQuery.PAGE_SIZE;
            return new Pager(
                    page, pages, from + 1, Math.min(total, from + DashboardQuery.PAGE_SIZE), total);
        }

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** A column of the table, as its heading and the sort choice name it. */
    public record Heading(DashboardColumn column, String label) {

        public String name() {
            return column.name();
        }

        public String param() {
            return column.param();
        }
    }

    private final Page page;
    private final KeptStatuses statuses;
    private final Visibility visibility;
    private final DashboardRows drawn;

    DashboardPage(Page page, KeptStatuses statuses, Visibility visibility, DashboardRows drawn) {
        this.drawn = drawn;
        this.page = page;
        this.statuses = statuses;
        this.visibility = visibility;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response dashboard(
            @QueryParam("phase") String phase,
            @QueryParam("status") String status,
            @QueryParam("department") String department,
            @QueryParam("late") String late,
            @QueryParam("critical") String critical,
            @QueryParam("sort") String sort,
            @QueryParam("dir") String dir,
            @QueryParam("page") String pageNumber) {
        if (!page.signedIn()) {
            return SeeOther.to(SeeOther.signIn("/"));
        }
        DashboardQuery query =
                DashboardQuery.of(phase, status, department, late, critical, sort, dir, pageNumber);
        List<CenterStatus> seen = statuses.today(visibility.scope().centerIds());
        List<CenterStatus> matching =
                seen.stream()
                        .filter(query::shows)
                        .sorted(query.sort().order(query.descending()))
                        .toList();
        Pager pager = Pager.of(query.page(), matching.size());
        List<RawString> rows =
                matching.subList(pager.from() - 1, pager.to()).stream()
                        .map(shown -> drawn.of(shown, page))
                        .toList();
        List<String> departments =
                seen.stream()
                        .map(s -> s.center().department())
                        .filter(d -> d != null && !d.isBlank())
                        .distinct()
                        .sorted()
                        .toList();
        return Response.ok(
                        page.localized(
                                Templates.dashboard(
                                        page,
                                        rows,
                                        Totals.of(matching),
                                        query,
                                        pager,
                                        Arrays.stream(DashboardColumn.values())
                                                .map(c -> new Heading(c, c.label(page.msg())))
                                                .toList(),
                                        List.of(Phase.values()),
                                        List.of(Rag.values()),
                                        departments,
                                        matching.stream()
                                                .anyMatch(s -> s.center().illustrative()))))
                .build();
    }
}
