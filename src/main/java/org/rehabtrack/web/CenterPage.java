package org.rehabtrack.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.budget.CenterBudgetService;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.center.Phase;
import org.rehabtrack.finding.FindingRepository;
import org.rehabtrack.finding.FindingService;
import org.rehabtrack.finding.FindingView;
import org.rehabtrack.milestone.MilestoneService;
import org.rehabtrack.milestone.MilestoneView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.Roles;
import org.rehabtrack.system.problem.ApiException;
import org.rehabtrack.system.problem.ProblemType;

/**
 * A center's page: its phase, its findings with their photos, and its milestones, each with an
 * inline form for a manager to move the forecast or record the actual date. Every POST ends in a
 * redirect back to the page, which then says what happened: saved; changed meanwhile by someone
 * else (with the new values shown); or refused, with the error next to the field and the date the
 * user typed kept in it.
 */
@Path("/centers/{code}")
@Authenticated
public class CenterPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance center(
                Page page,
                CenterView center,
                List<DashboardRow.Step> steps,
                List<MilestoneView> milestones,
                boolean canEdit,
                boolean siteWork,
                Feedback feedback,
                List<FindingView> findings,
                CenterSections.Sections sections,
                LocalDate today);
    }

    /**
     * What the last form posted on this page came to, read back from the redirect's query: about a
     * milestone (with the field in error and the dates typed), a finding or a works package.
     */
    public record Feedback(
            Long milestone,
            Long finding,
            Long workPackage,
            String outcome,
            String field,
            String message,
            String forecastDate,
            String actualDate) {

        public boolean about(long id) {
            return milestone != null && milestone == id;
        }

        public boolean aboutFinding(long id) {
            return finding != null && finding == id;
        }

        public boolean aboutPackage(long id) {
            return workPackage != null && workPackage == id;
        }
    }

    private final Page page;
    private final VisibleCenters centers;
    private final MilestoneService milestones;
    private final ObjectMapper json;
    private final FindingService findings;
    private final CenterSections sections;
    private final Clock clock;
    private final CenterService centerService;

    CenterPage(
            Page page,
            VisibleCenters centers,
            MilestoneService milestones,
            ObjectMapper json,
            FindingService findings,
            CenterSections sections,
            Clock clock,
            CenterService centerService) {
        this.centerService = centerService;
        this.page = page;
        this.centers = centers;
        this.milestones = milestones;
        this.json = json;
        this.findings = findings;
        this.sections = sections;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show(
            @PathParam("code") String code,
            @QueryParam("milestone") Long milestone,
            @QueryParam("finding") Long finding,
            @QueryParam("package") Long workPackage,
            @QueryParam("outcome") String outcome,
            @QueryParam("field") String field,
            @QueryParam("message") String message,
            @QueryParam("forecastDate") String forecastDate,
            @QueryParam("actualDate") String actualDate) {
        Center entity = centers.entity(code);
        LocalDate today = LocalDate.now(clock);
        CenterSections.Sections sections = this.sections.of(entity, today, page.labels());
        CenterView center =
                CenterView.of(
                        entity,
                        CenterBudgetService.headline(
                                java.util.Optional.ofNullable(sections.budget())));
        Map<Phase, LocalDate> entered = new EnumMap<>(Phase.class);
        centerService
                .phaseChanges(code)
                .forEach(change -> entered.put(change.toPhase(), change.date()));
        entered.putIfAbsent(center.phase(), center.phaseSince());
        List<DashboardRow.Step> steps = DashboardRow.steps(center.phase(), entered);
        String text =
                message == null
                        ? null
                        : page.labels().get(message.startsWith("page.") ? message : "page.error");
        PageRequest all = new PageRequest();
        all.size = PageRequest.MAX_SIZE;
        List<FindingView> centerFindings =
                findings.listForCenter(code, new FindingRepository.Filter(null, null, null), all)
                        .items();
        boolean siteWork = Roles.MANAGER.equals(page.role()) || Roles.ENGINEER.equals(page.role());
        return Templates.center(
                page,
                center,
                steps,
                milestones.listForCenter(code),
                Roles.MANAGER.equals(page.role()),
                siteWork,
                new Feedback(
                        milestone,
                        finding,
                        workPackage,
                        outcome,
                        field,
                        text,
                        forecastDate,
                        actualDate),
                centerFindings,
                sections,
                today);
    }

    @POST
    @Path("milestones/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response moveMilestone(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String forecastDate,
            @RestForm String actualDate,
            @RestForm long version) {
        UriBuilder back = UriBuilder.fromPath("/centers/{code}").queryParam("milestone", id);
        if (!Csrf.matches(page.csrf(), token)) {
            return see(
                    back.queryParam("outcome", "refused").queryParam("message", "page.csrf"),
                    code,
                    id);
        }
        ObjectNode body = json.createObjectNode();
        body.put("version", version);
        body.put("forecastDate", FormErrors.blankToNull(forecastDate));
        body.put("actualDate", FormErrors.blankToNull(actualDate));
        try {
            milestones.update(id, body, page.locale());
            return see(back.queryParam("outcome", "saved"), code, id);
        } catch (ApiException e) {
            if (e.type() == ProblemType.STALE_VERSION) {
                return see(back.queryParam("outcome", "stale"), code, id);
            }
            String field =
                    e.fieldProblems().isEmpty() ? "forecastDate" : e.fieldProblems().get(0).field();
            return see(
                    back.queryParam("outcome", "refused")
                            .queryParam("field", field)
                            .queryParam("message", "page.invalidDate")
                            .queryParam("forecastDate", forecastDate == null ? "" : forecastDate)
                            .queryParam("actualDate", actualDate == null ? "" : actualDate),
                    code,
                    id);
        } catch (OptimisticLockException e) {
            return see(back.queryParam("outcome", "stale"), code, id);
        }
    }

    private static Response see(UriBuilder location, String code, long id) {
        return SeeOther.to(location.fragment("m" + id).build(code));
    }
}
