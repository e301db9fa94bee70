package org.rehabtrack.web;

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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.finding.FindingService;
import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.FindingView;
import org.rehabtrack.finding.PhotoService;
import org.rehabtrack.finding.TransitionView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.UserService;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.Roles;
import org.rehabtrack.works.WorkPackageService;
import org.rehabtrack.works.WorkPackageStatus;
import org.rehabtrack.works.WorkPackageView;

/**
 * A finding's own page ({@code /centers/{code}/findings/{id}}): what was seen, where, how serious,
 * what to do, its photos, the works package that addresses it, and every move of its status with
 * who made it and why. Everyone who sees the center reads it. A manager plans it into a works
 * package; a manager or an engineer resolves, reopens or defers it (saying why), verifies it on
 * site, and adds photos. The path takes digits only, so that {@code /centers/{code}/findings/new}
 * stays the form that logs one ({@link FindingForm}). Refusals come back in the page (422); saved
 * forms redirect to it, saying what was saved.
 */
@Path("/centers/{code}/findings/{id: [0-9]+}")
@Authenticated
public class FindingPage {

    private static final Set<String> OUTCOMES = Set.of("planned", "moved", "photos");

    /** The statuses a package cannot take a finding into: its works are over. */
    private static final Set<WorkPackageStatus> CLOSED =
            EnumSet.of(
                    WorkPackageStatus.COMPLETED,
                    WorkPackageStatus.HANDED_OVER,
                    WorkPackageStatus.CANCELLED);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance finding(
                Page page,
                CenterView center,
                FindingView finding,
                String addressedBy,
                List<Move> history,
                String outcome,
                Forms forms,
                List<FindingStatus> moves,
                List<WorkPackageView> packages,
                int maxPhotos);
    }

    /** A move of the finding's status as the page lists it. */
    public record Move(
            FindingStatus from, FindingStatus to, String reason, String who, String when) {}

    /** The page's forms, the one refused as typed: planning, the status, the photos. */
    public record Forms(FilledForm plan, FilledForm move, FilledForm photos) {

        static final Forms FRESH = new Forms(FilledForm.EMPTY, FilledForm.EMPTY, FilledForm.EMPTY);
    }

    private final Page page;
    private final VisibleCenters centers;
    private final FindingService findings;
    private final PhotoService photos;
    private final WorkPackageService packages;
    private final UserService users;
    private final PatchReader patches;
    private final CenterPage centerPage;
    private final Clock clock;

    FindingPage(
            Page page,
            VisibleCenters centers,
            FindingService findings,
            PhotoService photos,
            WorkPackageService packages,
            UserService users,
            PatchReader patches,
            CenterPage centerPage,
            Clock clock) {
        this.page = page;
        this.centers = centers;
        this.findings = findings;
        this.photos = photos;
        this.packages = packages;
        this.users = users;
        this.patches = patches;
        this.centerPage = centerPage;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @QueryParam("outcome") String outcome) {
        return show(code, id, SeeOther.outcome(outcome, OUTCOMES), Forms.FRESH);
    }

    private TemplateInstance show(String code, long id, String outcome, Forms forms) {
        CenterView center = centers.require(code);
        FindingView finding = findingOf(code, id);
        List<WorkPackageView> all = packages.listForCenter(code);
        String addressedBy =
                all.stream()
                        .filter(
                                p ->
                                        finding.workPackage() != null
                                                && p.id() == finding.workPackage())
                        .map(p -> p.code() + " · " + p.title())
                        .findFirst()
                        .orElse(null);
        Map<String, String> people = new HashMap<>();
        users.list().forEach(u -> people.put(u.username(), u.displayName()));
        Formats fmt = page.formats();
        List<Move> history = new ArrayList<>();
        for (TransitionView t : findings.transitions(id)) {
            history.add(
                    new Move(
                            t.fromStatus(),
                            t.toStatus(),
                            t.reason(),
                            people.getOrDefault(t.recordedBy(), t.recordedBy()),
                            fmt.dateTime(t.recordedAt(), clock.getZone())));
        }
        List<FindingStatus> moves =
                finding.status().next().stream().filter(s -> s != FindingStatus.PLANNED).toList();
        return page.localized(
                Templates.finding(
                        page,
                        center,
                        finding,
                        addressedBy,
                        history,
                        outcome,
                        forms,
                        page.siteWork() ? moves : List.of(),
                        all.stream().filter(p -> !CLOSED.contains(p.status())).toList(),
                        Uploads.MAX_PHOTOS));
    }

    @POST
    @Path("plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response plan(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String workPackage) {
        findingOf(code, id);
        FormErrors errors = FormErrors.posted(page, token);
        WorkPackageView chosen = null;
        try {
            long packageId = Long.parseLong(workPackage == null ? "" : workPackage.strip());
            chosen =
                    packages.listForCenter(code).stream()
                            .filter(p -> p.id() == packageId && !CLOSED.contains(p.status()))
                            .findFirst()
                            .orElse(null);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (chosen == null) {
            errors.add("workPackage", errors.msg().page_form_choose());
        }
        if (!errors.any()) {
            List<Long> addressed = new ArrayList<>(chosen.findings());
            if (!addressed.contains(id)) {
                addressed.add(id);
            }
            try {
                packages.update(
                        chosen.id(),
                        patches.of(Map.of("version", chosen.version(), "findings", addressed)),
                        page.user());
                return backTo(code, id, "planned");
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return stale(code, id);
                }
                errors.refused(e, "workPackage");
            } catch (OptimisticLockException e) {
                return stale(code, id);
            }
        }
        return FormErrors.unprocessable(
                show(
                        code,
                        id,
                        null,
                        new Forms(
                                FilledForm.refused(errors, "workPackage", workPackage),
                                FilledForm.EMPTY,
                                FilledForm.EMPTY)));
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Operation(hidden = true)
    public Response move(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm long version,
            @RestForm String status,
            @RestForm String reason) {
        findingOf(code, id);
        String[] typed = {"status", status, "reason", reason};
        FormErrors errors = FormErrors.posted(page, token);
        FindingStatus target = errors.choice("status", FindingStatus.class, status);
        errors.atMost("reason", reason, 1000);
        if (!errors.any()) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("version", version);
            fields.put("status", target);
            fields.put("statusReason", FormErrors.blankToNull(reason));
            try {
                findings.update(id, patches.of(fields), page.user());
                return backTo(code, id, "moved");
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return stale(code, id);
                }
                if (e.fieldProblems().isEmpty()) {
                    errors.refused(e, "status");
                } else {
                    errors.refused(
                            e,
                            e.fieldProblems().get(0).field().equals("statusReason")
                                    ? "reason"
                                    : "status");
                }
            } catch (OptimisticLockException e) {
                return stale(code, id);
            }
        }
        return FormErrors.unprocessable(
                show(
                        code,
                        id,
                        null,
                        new Forms(
                                FilledForm.EMPTY,
                                FilledForm.refused(errors, typed),
                                FilledForm.EMPTY)));
    }

    @POST
    @Path("photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Operation(hidden = true)
    public Response addPhotos(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String caption,
            @RestForm("photo") List<FileUpload> photo) {
        FindingView finding = findingOf(code, id);
        FormErrors errors = FormErrors.posted(page, token);
        List<FileUpload> chosen = Uploads.chosen(photo, errors);
        if (chosen.isEmpty()) {
            errors.add("photo", errors.msg().page_form_required());
        }
        String photoCaption = Uploads.caption(caption, errors);
        if (!errors.any()) {
            Optional<FindingView> saved =
                    Uploads.saveWithPhotos(
                            () -> finding,
                            chosen,
                            photos,
                            (f, prepared) -> photos.add(f.id(), prepared, photoCaption),
                            errors);
            if (saved.isPresent()) {
                return backTo(code, id, "photos");
            }
        }
        Uploads.chooseAgain(chosen, errors);
        return FormErrors.unprocessable(
                show(
                        code,
                        id,
                        null,
                        new Forms(
                                FilledForm.EMPTY,
                                FilledForm.EMPTY,
                                FilledForm.refused(errors, "photo", "", "caption", caption))));
    }

    /**
     * An engineer checked on site that a resolved finding is fixed, from the center's page. Back on
     * the center page (303) the finding says so; a verification that could not be made (the form
     * expired, someone changed the finding meanwhile, or its status does not allow it) answers the
     * center page at once (422), the finding saying why.
     */
    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Operation(hidden = true)
    public Response verify(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm long version) {
        findingOf(code, id);
        FindingOutcome outcome = FindingOutcome.verified;
        if (!Csrf.matches(page.csrf(), token)) {
            outcome = FindingOutcome.expired;
        } else {
            Map<String, Object> fields =
                    Map.of("version", version, "status", FindingStatus.VERIFIED.name());
            try {
                findings.update(id, patches.of(fields), page.user());
            } catch (Refusal e) {
                outcome =
                        e.reason() == Reason.STALE_VERSION
                                ? FindingOutcome.stale
                                : FindingOutcome.refused;
            } catch (OptimisticLockException e) {
                outcome = FindingOutcome.stale;
            }
        }
        if (outcome != FindingOutcome.verified) {
            return FormErrors.unprocessable(
                    centerPage.render(code, CenterPage.Feedback.finding(id, outcome)));
        }
        return SeeOther.to(
                UriBuilder.fromPath("/centers/{code}")
                        .queryParam("finding", id)
                        .queryParam("outcome", outcome)
                        .fragment("f" + id)
                        .build(code));
    }

    /** The page again (422), as the finding is now, saying someone changed it meanwhile. */
    private Response stale(String code, long id) {
        FormErrors errors = new FormErrors(page);
        errors.add(FormErrors.FORM, page.texts(FindingMessages.class).findingPage_stale());
        return FormErrors.unprocessable(
                show(
                        code,
                        id,
                        null,
                        new Forms(
                                FilledForm.EMPTY,
                                FilledForm.refused(errors, "status", ""),
                                FilledForm.EMPTY)));
    }

    private static Response backTo(String code, long id, String outcome) {
        return SeeOther.to(
                UriBuilder.fromPath("/centers/{code}/findings/{id}")
                        .queryParam("outcome", outcome)
                        .build(code, id));
    }

    /** The finding, if the user sees its center and it is one of that center's; else 404. */
    private FindingView findingOf(String code, long id) {
        centers.check(code);
        FindingView finding = findings.get(id);
        if (!finding.center().equals(code)) {
            throw Refusal.notFound("finding.notFound", id);
        }
        return finding;
    }
}
