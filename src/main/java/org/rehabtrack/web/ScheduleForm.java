package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.funding.FundingService;
import org.rehabtrack.funding.FundingSourceView;
import org.rehabtrack.partner.PartnerKind;
import org.rehabtrack.partner.PartnerService;
import org.rehabtrack.partner.PartnerView;
import org.rehabtrack.report.ReportWriters;
import org.rehabtrack.report.schedule.Cadence;
import org.rehabtrack.report.schedule.ReportSchedules;
import org.rehabtrack.report.schedule.ScheduleFields;
import org.rehabtrack.report.schedule.ScheduleFields.RecipientFields;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.UserService;
import org.rehabtrack.security.UserView;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Roles;

/**
 * The manager's form of a new report schedule ({@code /reports/schedules/new}, docs/reports.md,
 * "Schedules"), and the buttons of the reports page that pause, resume or remove one. Refused input
 * comes back in the answer to the post (422) as typed, each error by its field; a saved form, and
 * each button, sends the browser back to the reports page's schedules (303), which say what was
 * done.
 */
@Path("/reports/schedules")
@RolesAllowed(Roles.MANAGER)
public class ScheduleForm {

    /** Where the reports page lists the schedules. */
    static final String SCHEDULES = "schedules-heading";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scheduleForm(
                Page page,
                FilledForm form,
                List<String> reports,
                List<String> initialReports,
                List<String> none,
                List<PartnerView> audiences,
                List<Center> centers,
                List<FundingSourceView> sources,
                List<Cadence> cadences,
                List<UserView> users);
    }

    private final Page page;
    private final ReportSchedules schedules;
    private final CenterService centers;
    private final FundingService funding;
    private final PartnerService partners;
    private final UserService users;
    private final PatchReader patches;
    private final Validator validator;

    ScheduleForm(
            Page page,
            ReportSchedules schedules,
            CenterService centers,
            FundingService funding,
            PartnerService partners,
            UserService users,
            PatchReader patches,
            Validator validator) {
        this.page = page;
        this.schedules = schedules;
        this.centers = centers;
        this.funding = funding;
        this.partners = partners;
        this.users = users;
        this.patches = patches;
        this.validator = validator;
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance blank() {
        return form(FilledForm.EMPTY);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response create(@BeanParam ScheduleFormFields posted) {
        FormErrors errors = FormErrors.posted(page, posted.token);
        if (!errors.any()) {
            ScheduleFields fields = read(posted, errors);
            if (!errors.any()) {
                try {
                    schedules.create(fields, page.user());
                    return backToReports("created");
                } catch (Refusal e) {
                    errors.refused(e);
                    recipientsByField(errors, fields);
                }
            }
        }
        return FormErrors.unprocessable(form(FilledForm.refused(errors, posted.typed())));
    }

    /** Pauses a schedule or resumes it, with the version the page showed. */
    @POST
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response active(
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm boolean active,
            @RestForm long version) {
        requireToken(token);
        schedules.update(id, patches.of(Map.of("active", active, "version", version)));
        return backToReports(active ? "resumed" : "paused");
    }

    /** Removes a schedule; what it sent stays in the archive. */
    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response delete(@PathParam("id") long id, @RestForm(Csrf.FIELD) String token) {
        requireToken(token);
        schedules.delete(id);
        return backToReports("removed");
    }

    /** The outcomes the reports page announces after a schedule was saved or changed. */
    static final java.util.Set<String> OUTCOMES =
            java.util.Set.of("created", "paused", "resumed", "removed");

    private static Response backToReports(String outcome) {
        return SeeOther.to("/reports?schedule=" + outcome + "#" + SCHEDULES);
    }

    private void requireToken(String token) {
        if (FormErrors.posted(page, token).any()) {
            throw Refusal.refused(Refusal.Reason.FORBIDDEN, "schedule.formExpired");
        }
    }

    private TemplateInstance form(FilledForm form) {
        return page.localized(
                Templates.scheduleForm(
                        page,
                        form,
                        ReportWriters.REPORTS,
                        List.of("progress"),
                        List.of(),
                        partners.list().stream()
                                .filter(p -> p.kind() != PartnerKind.CONTRACTOR)
                                .toList(),
                        centers.seenBy(VisibilityScope.EVERYTHING),
                        funding.list(),
                        List.of(Cadence.values()),
                        users.list().stream()
                                .filter(u -> u.enabled() && u.email() != null)
                                .toList()));
    }

    /** The schedule the form describes; what does not read is noted by its field. */
    private ScheduleFields read(ScheduleFormFields posted, FormErrors errors) {
        ScheduleFields fields = new ScheduleFields();
        fields.name = FormErrors.blankToNull(posted.name);
        fields.reports = new ArrayList<>(ScheduleFormFields.ticked(posted.reports));
        if (fields.reports.isEmpty()) {
            errors.add("reports", errors.msg().page_form_required());
        }
        fields.audience = FormErrors.blankToNull(posted.audience);
        fields.centers = new ArrayList<>(ScheduleFormFields.ticked(posted.centers));
        fields.fundingSource = FormErrors.blankToNull(posted.fundingSource);
        fields.cadence = errors.choice("cadence", Cadence.class, posted.cadence);
        // The day is asked of a dated schedule only; at a phase change the form leaves it aside.
        fields.dayOfMonth =
                fields.cadence == Cadence.PHASE_CHANGE
                        ? null
                        : errors.whole("dayOfMonth", posted.dayOfMonth, false);
        fields.language = FormErrors.blankToNull(posted.language);
        for (String user : ScheduleFormFields.ticked(posted.users)) {
            RecipientFields recipient = new RecipientFields();
            recipient.user = user;
            fields.recipients.add(recipient);
        }
        readContacts(posted.contacts, fields, errors);
        if (fields.recipients.isEmpty() && !errors.map().containsKey("contacts")) {
            errors.add("users", texts().schedulesPage_recipientsRequired());
        }
        errors.violations(validator.validate(fields));
        recipientsByField(errors, fields);
        return fields;
    }

    /**
     * The contacts, one per line: an address and a language; a line that does not read is noted.
     */
    private void readContacts(String typed, ScheduleFields fields, FormErrors errors) {
        if (typed == null) {
            return;
        }
        String[] lines = typed.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s,;]+");
            if (parts.length != 2 || !parts[0].contains("@")) {
                errors.add("contacts", texts().schedulesPage_contactLine(i + 1));
                continue;
            }
            RecipientFields contact = new RecipientFields();
            contact.email = parts[0];
            contact.language = parts[1].toLowerCase(java.util.Locale.ROOT);
            fields.recipients.add(contact);
        }
    }

    /**
     * The errors the rules name by recipient ({@code recipients[2].email}) shown by the form's
     * field of that recipient: the users' boxes or the contacts' lines.
     */
    private static void recipientsByField(FormErrors errors, ScheduleFields fields) {
        for (String field : List.copyOf(errors.map().keySet())) {
            java.util.regex.Matcher recipient =
                    java.util.regex.Pattern.compile("recipients\\[(\\d+)\\].*").matcher(field);
            if (recipient.matches()) {
                int index = Integer.parseInt(recipient.group(1));
                boolean user =
                        index < fields.recipients.size()
                                && fields.recipients.get(index).user != null;
                errors.rename(field, user ? "users" : "contacts");
            } else if (field.equals("recipients")) {
                errors.rename(field, "users");
            }
        }
    }

    private SchedulesMessages texts() {
        return page.texts(SchedulesMessages.class);
    }
}
