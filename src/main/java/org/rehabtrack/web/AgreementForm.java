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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.partner.PartnerService;
import org.rehabtrack.partner.PartnerView;
import org.rehabtrack.partnership.AgreementDetails;
import org.rehabtrack.partnership.AgreementService;
import org.rehabtrack.partnership.AgreementStatus;
import org.rehabtrack.partnership.AgreementType;
import org.rehabtrack.partnership.AgreementView;
import org.rehabtrack.partnership.NewAgreement;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.Roles;

/**
 * The manager's form of an agreement ({@code /centers/{code}/agreements/{id}/edit}), and of a new
 * one through {@link NewAgreementForm}: its kind, title, parties, status, dates, where the signed
 * copy is filed and notes. The status offers only the moves the agreement's life allows; signing
 * needs the signature date and dates the center's milestone. Refused input comes back in the answer
 * to the post (422) as typed, each error by its field; a saved form sends the browser to the
 * agreement's page (303), which says what was saved.
 */
@Path("/centers/{code}/agreements/{id}/edit")
@RolesAllowed(Roles.MANAGER)
public class AgreementForm {

    /** What a new agreement may start as: one already under way may be recorded as it stands. */
    private static final List<AgreementStatus> FIRST_STATUSES =
            List.of(AgreementStatus.DRAFT, AgreementStatus.IN_NEGOTIATION, AgreementStatus.SIGNED);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agreementForm(
                Page page,
                CenterView center,
                AgreementView agreement,
                FilledForm form,
                Map<String, String> initial,
                List<String> initialParties,
                List<AgreementType> types,
                List<AgreementStatus> statuses,
                List<PartnerView> partners,
                List<DateField> dates,
                LocalDate today);
    }

    /** A date of the form: its field, its label, and the date stored ({@code ""} for none). */
    public record DateField(String name, String label, String stored) {}

    private final Page page;
    private final VisibleCenters centers;
    private final AgreementService service;
    private final PartnerService partners;
    private final PatchReader patches;
    private final Validator validator;
    private final Clock clock;

    AgreementForm(
            Page page,
            VisibleCenters centers,
            AgreementService service,
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

    /** The form of a new agreement on the center. */
    TemplateInstance blank(String code) {
        return form(centers.require(code), null, FilledForm.EMPTY);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("code") String code, @PathParam("id") long id) {
        CenterView center = centers.require(code);
        return form(center, AgreementPage.agreementOf(service, code, id), FilledForm.EMPTY);
    }

    private TemplateInstance form(CenterView center, AgreementView agreement, FilledForm form) {
        List<AgreementStatus> statuses = FIRST_STATUSES;
        if (agreement != null) {
            EnumSet<AgreementStatus> allowed = EnumSet.of(agreement.status());
            allowed.addAll(agreement.status().next());
            statuses = List.copyOf(allowed);
        }
        return page.localized(
                Templates.agreementForm(
                        page,
                        center,
                        agreement,
                        form,
                        initial(agreement),
                        agreement == null ? List.of() : agreement.parties(),
                        List.of(AgreementType.values()),
                        statuses,
                        partiesFirst(agreement),
                        dates(agreement),
                        LocalDate.now(clock)));
    }

    /** Every partner by acronym, the agreement's parties first, so that its boxes show ticked. */
    private List<PartnerView> partiesFirst(AgreementView agreement) {
        List<PartnerView> all = partners.list();
        if (agreement == null) {
            return all;
        }
        return all.stream()
                .sorted(Comparator.comparing(p -> !agreement.parties().contains(p.acronym())))
                .toList();
    }

    private List<DateField> dates(AgreementView agreement) {
        AgreementMessages texts = page.texts(AgreementMessages.class);
        Map<String, String> stored = initial(agreement);
        return List.of(
                new DateField(
                        "signatureDate",
                        texts.agreementPage_signatureDate(),
                        stored.getOrDefault("signatureDate", "")),
                new DateField(
                        "validFrom",
                        texts.agreementPage_validFrom(),
                        stored.getOrDefault("validFrom", "")),
                new DateField(
                        "validUntil",
                        texts.agreementPage_validUntil(),
                        stored.getOrDefault("validUntil", "")));
    }

    /** Records a new agreement on the center as posted. */
    Response create(String code, AgreementFormFields posted) {
        CenterView center = centers.require(code);
        FormErrors errors = new FormErrors(page);
        if (!Csrf.matches(page.csrf(), posted.token)) {
            errors.add(FormErrors.FORM, errors.msg().page_csrf());
            return refused(center, null, errors, posted.typed());
        }
        NewAgreement request = new NewAgreement();
        read(request, errors, posted);
        request.status = errors.choice("status", AgreementStatus.class, posted.status);
        errors.violations(validator.validate(request));
        if (!errors.any()) {
            try {
                AgreementView created = service.create(code, request, false);
                return AgreementPage.backTo(code, created.id(), "created");
            } catch (Refusal e) {
                refused(errors, e);
            }
        }
        return refused(center, null, errors, posted.typed());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm long version,
            @BeanParam AgreementFormFields posted) {
        CenterView center = centers.require(code);
        AgreementView before = AgreementPage.agreementOf(service, code, id);
        FormErrors errors = new FormErrors(page);
        if (!Csrf.matches(page.csrf(), posted.token)) {
            errors.add(FormErrors.FORM, errors.msg().page_csrf());
            return refused(center, before, errors, posted.typed());
        }
        AgreementDetails details = new AgreementDetails();
        read(details, errors, posted);
        AgreementStatus status = errors.choice("status", AgreementStatus.class, posted.status);
        errors.violations(validator.validate(details));
        if (!errors.any()) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("version", version);
            fields.put("type", details.type);
            fields.put("title", details.title);
            fields.put("parties", details.parties);
            fields.put("status", status);
            date(fields, "signatureDate", details.signatureDate, posted);
            date(fields, "validFrom", details.validFrom, posted);
            date(fields, "validUntil", details.validUntil, posted);
            fields.put("documentReference", details.documentReference);
            fields.put("notes", details.notes);
            try {
                AgreementView after = service.update(id, patches.of(fields));
                return AgreementPage.backTo(
                        code, id, after.version() == before.version() ? "unchanged" : "saved");
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return stale(center, code, id);
                }
                refused(errors, e);
            } catch (OptimisticLockException e) {
                return stale(center, code, id);
            }
        }
        return refused(center, before, errors, posted.typed());
    }

    /**
     * A date of the form as a change: removed only by its own box; an empty field, which is also
     * what a browser sends for a date typed only in part, keeps the stored date.
     */
    private static void date(
            Map<String, Object> fields, String field, LocalDate typed, AgreementFormFields posted) {
        if (posted.clears(field)) {
            fields.put(field, null);
        } else if (typed != null) {
            fields.put(field, typed);
        }
    }

    private Response refused(
            CenterView center, AgreementView agreement, FormErrors errors, String[] typed) {
        return FormErrors.unprocessable(form(center, agreement, FilledForm.refused(errors, typed)));
    }

    /** The service's refusal next to the field it is about: a party, the status, or another. */
    private static void refused(FormErrors errors, Refusal e) {
        if (e.reason() == Reason.ILLEGAL_TRANSITION) {
            errors.refused(e, "status");
        } else if (!e.fieldProblems().isEmpty()
                && e.fieldProblems().get(0).field().startsWith("parties")) {
            errors.refused(e, "parties");
        } else {
            errors.refused(e);
        }
    }

    /** The form again (422) with the agreement's new values, saying someone changed it. */
    private Response stale(CenterView center, String code, long id) {
        FormErrors errors = new FormErrors(page);
        errors.add(FormErrors.FORM, page.texts(AgreementMessages.class).agreementPage_stale());
        AgreementView now = AgreementPage.agreementOf(service, code, id);
        List<String> current = new ArrayList<>();
        initial(now)
                .forEach(
                        (field, value) -> {
                            current.add(field);
                            current.add(value);
                        });
        current.add("parties");
        current.add(String.join("\n", now.parties()));
        return refused(center, now, errors, current.toArray(String[]::new));
    }

    /** What the form shows afresh: the agreement's values, or a new agreement's defaults. */
    private static Map<String, String> initial(AgreementView agreement) {
        Map<String, String> initial = new LinkedHashMap<>();
        if (agreement == null) {
            initial.put("type", AgreementType.COOPERATION_AGREEMENT.name());
            initial.put("status", AgreementStatus.DRAFT.name());
            return initial;
        }
        initial.put("type", agreement.type().name());
        initial.put("title", agreement.title());
        initial.put("status", agreement.status().name());
        initial.put("signatureDate", Objects.toString(agreement.signatureDate(), ""));
        initial.put("validFrom", Objects.toString(agreement.validFrom(), ""));
        initial.put("validUntil", Objects.toString(agreement.validUntil(), ""));
        initial.put("documentReference", Objects.toString(agreement.documentReference(), ""));
        initial.put("notes", Objects.toString(agreement.notes(), ""));
        return initial;
    }

    /** The agreement's own fields as posted, read into the request. */
    private void read(AgreementDetails into, FormErrors errors, AgreementFormFields posted) {
        into.type = errors.choice("type", AgreementType.class, posted.type);
        into.title = FormErrors.blankToNull(posted.title);
        into.parties = new ArrayList<>(posted.ticked());
        if (into.parties.isEmpty()) {
            errors.add(
                    "parties", page.texts(AgreementMessages.class).agreementPage_partiesRequired());
        }
        into.signatureDate = errors.date("signatureDate", posted.signatureDate, false);
        into.validFrom = errors.date("validFrom", posted.validFrom, false);
        into.validUntil = errors.date("validUntil", posted.validUntil, false);
        into.documentReference = FormErrors.blankToNull(posted.documentReference);
        into.notes = FormErrors.blankToNull(posted.notes);
    }
}
