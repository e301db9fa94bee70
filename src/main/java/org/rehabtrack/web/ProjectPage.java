package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.partner.PartnerService;
import org.rehabtrack.partner.PartnerView;
import org.rehabtrack.preliminary.PreliminaryProjectService;
import org.rehabtrack.preliminary.ProjectDecisionRequest;
import org.rehabtrack.preliminary.ProjectPut;
import org.rehabtrack.preliminary.ProjectStatus;
import org.rehabtrack.preliminary.ProjectSummary;
import org.rehabtrack.preliminary.ProjectView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.Roles;
import org.rehabtrack.system.problem.Messages;

/**
 * A center's preliminary project ({@code /centers/{code}/project}): the current version, or an
 * earlier one kept as it was, with its scope, terms of reference, contingency, bill of quantities
 * by chapter and line, totals and decisions, and the list of versions. Everyone who sees the center
 * reads it. A manager writes a draft's scope, terms of reference and contingency, replaces its bill
 * of quantities with a workbook (every wrong cell listed, nothing stored), submits it, records its
 * approval or rejection and who decided, and starts a new version of a decided one. Refusals come
 * back in the page (422); saved forms redirect to it, saying what was saved.
 */
@Path("/centers/{code}/project")
@Authenticated
public class ProjectPage {

    private static final Set<String> OUTCOMES =
            Set.of("saved", "unchanged", "uploaded", "decided", "version");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance project(
                Page page,
                CenterView center,
                ProjectView project,
                List<ProjectSummary> versions,
                int current,
                String outcome,
                Forms forms,
                boolean editable,
                Map<String, String> initial,
                List<ProjectStatus> moves,
                boolean deciding,
                List<PartnerView> partners,
                LocalDate today);
    }

    /**
     * The page's forms, one of them as typed when it was refused: the draft's details, the bill of
     * quantities (with its wrong cells), the decision, and the new version's button.
     */
    public record Forms(
            FilledForm details, FilledForm boq, List<String> boqProblems, FilledForm decision) {

        static final Forms FRESH =
                new Forms(FilledForm.EMPTY, FilledForm.EMPTY, List.of(), FilledForm.EMPTY);

        static Forms details(FilledForm form) {
            return new Forms(form, FilledForm.EMPTY, List.of(), FilledForm.EMPTY);
        }

        static Forms boq(FilledForm form, List<String> problems) {
            return new Forms(FilledForm.EMPTY, form, problems, FilledForm.EMPTY);
        }

        static Forms decision(FilledForm form) {
            return new Forms(FilledForm.EMPTY, FilledForm.EMPTY, List.of(), form);
        }
    }

    private final Page page;
    private final VisibleCenters centers;
    private final PreliminaryProjectService service;
    private final PartnerService partners;
    private final Validator validator;
    private final Clock clock;

    ProjectPage(
            Page page,
            VisibleCenters centers,
            PreliminaryProjectService service,
            PartnerService partners,
            Validator validator,
            Clock clock) {
        this.page = page;
        this.centers = centers;
        this.service = service;
        this.partners = partners;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show(
            @PathParam("code") String code,
            @QueryParam("version") Integer version,
            @QueryParam("outcome") String outcome) {
        return show(code, version, SeeOther.outcome(outcome, OUTCOMES), Forms.FRESH);
    }

    private TemplateInstance show(String code, Integer shown, String outcome, Forms forms) {
        CenterView center = centers.require(code);
        List<ProjectSummary> versions = service.versions(code);
        int current = versions.isEmpty() ? 0 : versions.get(versions.size() - 1).versionNumber();
        ProjectView project = null;
        if (current > 0) {
            project = service.version(code, shown == null ? current : shown);
        }
        boolean latest = project != null && project.versionNumber() == current;
        List<ProjectStatus> moves = latest ? List.copyOf(project.status().next()) : List.of();
        boolean editable =
                page.manager() && (project == null || latest && project.status().isEditable());
        Map<String, String> initial =
                Map.of(
                        "scope", project == null ? "" : Objects.toString(project.scope(), ""),
                        "termsOfReference",
                                project == null
                                        ? ""
                                        : Objects.toString(project.termsOfReference(), ""),
                        "contingencyPercent",
                                project == null
                                        ? "0"
                                        : project.contingencyPercent()
                                                .stripTrailingZeros()
                                                .toPlainString());
        return page.localized(
                Templates.project(
                        page,
                        center,
                        project,
                        versions,
                        current,
                        outcome,
                        forms,
                        editable,
                        initial,
                        moves,
                        moves.contains(ProjectStatus.APPROVED),
                        partners.list(),
                        LocalDate.now(clock)));
    }

    @POST
    @Path("details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response describe(
            @PathParam("code") String code,
            @RestForm(Csrf.FIELD) String token,
            @RestForm Long version,
            @RestForm String scope,
            @RestForm String termsOfReference,
            @RestForm String contingencyPercent) {
        centers.check(code);
        String[] typed = {
            "scope", scope,
            "termsOfReference", termsOfReference,
            "contingencyPercent", contingencyPercent
        };
        FormErrors errors = FormErrors.posted(page, token);
        ProjectPut request = service.latestContent(code).orElseGet(ProjectPut::new);
        long before = request.version == null ? -1 : request.version;
        request.version = version;
        request.scope = FormErrors.blankToNull(scope);
        request.termsOfReference = FormErrors.blankToNull(termsOfReference);
        BigDecimal contingency = errors.number("contingencyPercent", contingencyPercent, false);
        request.contingencyPercent = contingency == null ? BigDecimal.ZERO : contingency;
        errors.violations(validator.validate(request));
        if (!errors.any()) {
            try {
                ProjectView after = service.write(code, request, false).project();
                return backTo(code, after.version() == before ? "unchanged" : "saved");
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return stale(code, Forms::details);
                }
                errors.refused(e);
            } catch (OptimisticLockException e) {
                return stale(code, Forms::details);
            }
        }
        return FormErrors.unprocessable(
                show(code, null, null, Forms.details(FilledForm.refused(errors, typed))));
    }

    @POST
    @Path("boq")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response upload(
            @PathParam("code") String code,
            @RestForm(Csrf.FIELD) String token,
            @RestForm Long version,
            @RestForm("file") FileUpload file) {
        centers.check(code);
        FormErrors errors = new FormErrors(page);
        List<String> problems = new ArrayList<>();
        if (!Csrf.matches(page.csrf(), token)) {
            errors.add(FormErrors.FORM, errors.msg().page_csrf());
        } else if (file == null || file.uploadedFile() == null || file.size() == 0) {
            errors.add("file", page.texts(ProjectMessages.class).projectPage_chooseFile());
        } else {
            try {
                service.importBoq(code, file.uploadedFile(), version);
                return backTo(code, "uploaded");
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return stale(code, form -> Forms.boq(form, List.of()));
                }
                if (e.fieldProblems().isEmpty()) {
                    errors.add("file", text(e.detail()));
                } else {
                    errors.add("file", page.texts(ProjectMessages.class).projectPage_boqProblems());
                    for (Refusal.FieldProblem problem : e.fieldProblems()) {
                        problems.add(text(problem.message()));
                    }
                }
            } catch (OptimisticLockException e) {
                return stale(code, form -> Forms.boq(form, List.of()));
            }
        }
        return FormErrors.unprocessable(
                show(
                        code,
                        null,
                        null,
                        Forms.boq(FilledForm.refused(errors, "file", ""), problems)));
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response decide(
            @PathParam("code") String code,
            @RestForm(Csrf.FIELD) String token,
            @RestForm Long version,
            @RestForm String status,
            @RestForm String date,
            @RestForm String institution,
            @RestForm String person,
            @RestForm String note) {
        centers.check(code);
        String[] typed = {
            "status", status,
            "date", date,
            "institution", institution,
            "person", person,
            "note", note
        };
        FormErrors errors = FormErrors.posted(page, token);
        ProjectDecisionRequest request = new ProjectDecisionRequest();
        request.version = version;
        request.status = errors.choice("status", ProjectStatus.class, status);
        request.date = errors.date("date", date, true);
        request.institution = FormErrors.blankToNull(institution);
        request.person = FormErrors.blankToNull(person);
        request.note = FormErrors.blankToNull(note);
        errors.violations(validator.validate(request));
        if (!errors.any()) {
            try {
                service.decide(code, request);
                return backTo(code, "decided");
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return stale(code, Forms::decision);
                }
                if (e.reason() == Reason.ILLEGAL_TRANSITION) {
                    errors.refused(e, "status");
                } else {
                    errors.refused(e);
                }
            } catch (OptimisticLockException e) {
                return stale(code, Forms::decision);
            }
        }
        return FormErrors.unprocessable(
                show(code, null, null, Forms.decision(FilledForm.refused(errors, typed))));
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response newVersion(@PathParam("code") String code, @RestForm(Csrf.FIELD) String token) {
        centers.check(code);
        FormErrors errors = new FormErrors(page);
        if (!Csrf.matches(page.csrf(), token)) {
            errors.add(FormErrors.FORM, errors.msg().page_csrf());
        } else {
            try {
                service.newVersion(code);
                return backTo(code, "version");
            } catch (Refusal e) {
                errors.refused(e);
            }
        }
        return FormErrors.unprocessable(
                show(code, null, null, Forms.decision(FilledForm.refused(errors))));
    }

    /**
     * The page again (422) with the project as it is now, in the form that was sent, saying someone
     * changed it meanwhile.
     */
    private Response stale(String code, Function<FilledForm, Forms> form) {
        FormErrors errors = new FormErrors(page);
        errors.add(FormErrors.FORM, page.texts(ProjectMessages.class).projectPage_stale());
        ProjectView now = service.current(code);
        FilledForm current =
                FilledForm.refused(
                        errors,
                        "scope",
                        Objects.toString(now.scope(), ""),
                        "termsOfReference",
                        Objects.toString(now.termsOfReference(), ""),
                        "contingencyPercent",
                        now.contingencyPercent().toPlainString(),
                        "date",
                        LocalDate.now(clock).toString());
        return FormErrors.unprocessable(show(code, null, null, form.apply(current)));
    }

    private static Response backTo(String code, String outcome) {
        return SeeOther.to(
                UriBuilder.fromPath("/centers/{code}/project")
                        .queryParam("outcome", outcome)
                        .build(code));
    }

    private String text(Refusal.Message message) {
        return Messages.get(page.locale(), message);
    }
}
