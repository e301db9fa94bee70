package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.center.CenterDetails;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.center.CenterType;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.center.NewCenter;
import org.rehabtrack.center.Phase;
import org.rehabtrack.partner.PartnerService;
import org.rehabtrack.partner.PartnerView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.Roles;

/**
 * The manager's form to change a center's details ({@code /centers/{code}/edit}) and to register a
 * center ({@code /centers/new}, through {@link NewCenterForm}, since the center's own page takes
 * every other path under {@code /centers/}): name, type, place, coordinates, population, capacity
 * and the institution that runs it; a new center also gets its code and the phase it is in. Refused
 * input comes back in the answer to the post (422) as typed, each error by its field; a saved form
 * sends the browser to the center's page (303), which says what was saved.
 */
@Path("/centers/{code}/edit")
@RolesAllowed(Roles.MANAGER)
public class CenterForm {

    /** The descriptive fields, in the order the form shows them. */
    private static final List<String> FIELDS =
            List.of(
                    "name",
                    "type",
                    "department",
                    "municipality",
                    "latitude",
                    "longitude",
                    "populationServed",
                    "capacity",
                    "administeringInstitution");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance centerForm(
                Page page,
                CenterView center,
                FilledForm form,
                Map<String, String> initial,
                List<CenterType> types,
                List<Phase> phases,
                List<PartnerView> partners,
                LocalDate today);
    }

    private final Page page;
    private final VisibleCenters centers;
    private final CenterService service;
    private final PartnerService partners;
    private final PatchReader patches;
    private final Validator validator;
    private final Clock clock;

    CenterForm(
            Page page,
            VisibleCenters centers,
            CenterService service,
            PartnerService partners,
            PatchReader patches,
            Validator validator,
            Clock clock) {
        this.page = page;
        this.centers = centers;
        this.service = service;
        this.partners = partners;
        this.patches = patches;
        this.validator = validator;
        this.clock = clock;
    }

    /** The form of a new center. */
    TemplateInstance blank() {
        return form(null, FilledForm.EMPTY);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("code") String code) {
        return form(centers.require(code), FilledForm.EMPTY);
    }

    private TemplateInstance form(CenterView center, FilledForm form) {
        return page.localized(
                Templates.centerForm(
                        page,
                        center,
                        form,
                        initial(center),
                        List.of(CenterType.values()),
                        List.of(Phase.values()),
                        partners.list(),
                        LocalDate.now(clock)));
    }

    /** Registers a center as posted. */
    Response create(CenterFormFields posted) {
        String token = posted.token;
        String[] typed = posted.registration();
        FormErrors errors = new FormErrors(page);
        if (!Csrf.matches(page.csrf(), token)) {
            errors.add(FormErrors.FORM, errors.msg().page_csrf());
            return FormErrors.unprocessable(form(null, FilledForm.refused(errors, typed)));
        }
        NewCenter request = new NewCenter();
        request.code = FormErrors.blankToNull(posted.code);
        request.phase = errors.choice("phase", Phase.class, posted.phase);
        request.phaseSince = errors.date("phaseSince", posted.phaseSince, true);
        read(request, errors, posted);
        errors.violations(validator.validate(request));
        if (!errors.any()) {
            try {
                CenterView created = service.create(request, page.locale());
                return SeeOther.to(
                        UriBuilder.fromPath("/centers/{code}")
                                .queryParam("outcome", "created")
                                .build(created.code()));
            } catch (Refusal e) {
                if (e.reason() == Reason.DUPLICATE) {
                    errors.refused(e, "code");
                } else {
                    errors.refused(e);
                }
            }
        }
        return FormErrors.unprocessable(form(null, FilledForm.refused(errors, typed)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(
            @PathParam("code") String code,
            @RestForm long version,
            @BeanParam CenterFormFields posted) {
        CenterView before = centers.require(code);
        String token = posted.token;
        String[] typed = posted.details();
        FormErrors errors = new FormErrors(page);
        if (!Csrf.matches(page.csrf(), token)) {
            errors.add(FormErrors.FORM, errors.msg().page_csrf());
            return FormErrors.unprocessable(form(before, FilledForm.refused(errors, typed)));
        }
        CenterDetails details = new CenterDetails();
        read(details, errors, posted);
        errors.violations(validator.validate(details));
        if (!errors.any()) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("version", version);
            fields.put("name", details.name);
            fields.put("type", details.type);
            fields.put("department", details.department);
            fields.put("municipality", details.municipality);
            fields.put("latitude", details.latitude);
            fields.put("longitude", details.longitude);
            fields.put("populationServed", details.populationServed);
            fields.put("capacity", details.capacity);
            fields.put("administeringInstitution", details.administeringInstitution);
            try {
                CenterView after = service.update(code, patches.of(fields));
                return SeeOther.to(
                        UriBuilder.fromPath("/centers/{code}")
                                .queryParam(
                                        "outcome",
                                        after.version() == before.version()
                                                ? "unchanged"
                                                : "edited")
                                .build(code));
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return stale(code);
                }
                errors.refused(e);
            } catch (OptimisticLockException e) {
                return stale(code);
            }
        }
        return FormErrors.unprocessable(form(before, FilledForm.refused(errors, typed)));
    }

    /** The form again (422) with the center's new values, saying someone changed it meanwhile. */
    private Response stale(String code) {
        FormErrors errors = new FormErrors(page);
        errors.add(FormErrors.FORM, page.texts(CenterFormMessages.class).centerForm_stale());
        CenterView now = centers.require(code);
        List<String> current = new ArrayList<>();
        initial(now)
                .forEach(
                        (field, value) -> {
                            current.add(field);
                            current.add(value);
                        });
        return FormErrors.unprocessable(
                form(now, FilledForm.refused(errors, current.toArray(String[]::new))));
    }

    /** What the form shows afresh: the center's values, or a new center's defaults. */
    private static Map<String, String> initial(CenterView center) {
        Map<String, String> initial = new LinkedHashMap<>();
        if (center == null) {
            for (String field : FIELDS) {
                initial.put(field, "");
            }
            initial.put("type", CenterType.CAMR.name());
            return initial;
        }
        initial.put("name", center.name());
        initial.put("type", center.type().name());
        initial.put("department", center.department());
        initial.put("municipality", center.municipality());
        initial.put("latitude", plain(center.latitude()));
        initial.put("longitude", plain(center.longitude()));
        initial.put("populationServed", Objects.toString(center.populationServed(), ""));
        initial.put("capacity", Objects.toString(center.capacity(), ""));
        initial.put(
                "administeringInstitution",
                Objects.toString(center.administeringInstitution(), ""));
        return initial;
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    /** The descriptive fields as posted, read into the request. */
    private static void read(CenterDetails into, FormErrors errors, CenterFormFields posted) {
        into.name = FormErrors.blankToNull(posted.name);
        into.type = errors.choice("type", CenterType.class, posted.type);
        into.department = FormErrors.blankToNull(posted.department);
        into.municipality = FormErrors.blankToNull(posted.municipality);
        into.latitude = errors.number("latitude", posted.latitude, false);
        into.longitude = errors.number("longitude", posted.longitude, false);
        into.populationServed = FormErrors.blankToNull(posted.populationServed);
        into.capacity = errors.whole("capacity", posted.capacity, false);
        into.administeringInstitution = FormErrors.blankToNull(posted.administeringInstitution);
    }
}
