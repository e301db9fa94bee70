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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.rehabtrack.report.schedule.ScheduleView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.UserService;
import org.rehabtrack.security.UserView;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Roles;

/**
 * The manager's form of a report schedule (docs/reports.md, "Schedules"): a new one at {@code
 * /reports/schedules/new}, one to change at {@code /reports/schedules/{id}/edit}; and the buttons
 * of the reports page that pause, resume or remove one. Refused input comes back in the answer to
 * the post (422) as typed, each error by its field; a saved form, and each button, sends the
 * browser back to the reports page's schedules (303), which say what was done.
 */
@Path("/reports/schedules")
@RolesAllowed(Roles.MANAGER)
public class ScheduleForm {

    /** A rule's field of one recipient: {@code recipients[2].email}. */
    private static final Pattern RECIPIENT = Pattern.compile("recipients\\[(\\d+)\\].*");

    /** Where the reports page lists the schedules. */
    static final String SCHEDULES = "schedules-heading";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scheduleForm(
                Page page,
                ScheduleView schedule,
                FilledForm form,
                Map<String, String> initial,
                List<String> initialReports,
                List<String> initialCenters,
                List<String> initialUsers,
                List<String> reports,
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
        return form(null, FilledForm.EMPTY);
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("id") long id) {
        return form(schedules.get(id), FilledForm.EMPTY);
    }

    /**
     * Describes a schedule anew as posted, with the version the form showed; it stays paused or
     * not.
     */
    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response update(@PathParam("id") long id, @BeanParam ScheduleFormFields posted) {
        ScheduleView before = schedules.get(id);
        FormErrors errors = FormErrors.posted(page, posted.token);
        if (!errors.any()) {
            ScheduleFields fields = read(posted, errors);
            fields.version = version(posted.version);
            fields.active = before.active();
            if (!errors.any()) {
                try {
                    schedules.replace(id, fields);
                    return backToReports("saved");
                } catch (Refusal e) {
                    errors.refused(e);
                    recipientsByField(errors, fields);
                    // A version missing (a form changed by hand): said for the whole form.
                    errors.rename("version", FormErrors.FORM);
                }
            }
        }
        return FormErrors.unprocessable(form(before, FilledForm.refused(errors, posted.typed())));
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
        return FormErrors.unprocessable(form(null, FilledForm.refused(errors, posted.typed())));
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
    static final Set<String> OUTCOMES = Set.of("created", "saved", "paused", "resumed", "removed");

    private static Response backToReports(String outcome) {
        return SeeOther.to("/reports?schedule=" + outcome + "#" + SCHEDULES);
    }

    private void requireToken(String token) {
        if (FormErrors.posted(page, token).any()) {
            throw Refusal.refused(Refusal.Reason.FORBIDDEN, "schedule.formExpired");
        }
    }

    /** The form of a new schedule (null), or of one to change, with what it holds. */
    private TemplateInstance form(ScheduleView schedule, FilledForm form) {
        Map<String, String> initial = new HashMap<>();
        List<String> initialReports = List.of("progress");
        List<String> initialCenters = List.of();
        List<String> initialUsers = List.of();
        if (schedule == null) {
            initial.put("cadence", Cadence.MONTHLY.name());
            initial.put("dayOfMonth", "5");
        } else {
            initial.put("name", schedule.name());
            initial.put("audience", orEmpty(schedule.audience()));
            initial.put("fundingSource", orEmpty(schedule.fundingSource()));
            initial.put("cadence", schedule.cadence().name());
            initial.put(
                    "dayOfMonth",
                    schedule.dayOfMonth() == null ? "" : schedule.dayOfMonth().toString());
            initial.put("language", orEmpty(schedule.language()));
            initial.put(
                    "contacts",
                    schedule.recipients().stream()
                            .filter(r -> r.email() != null)
                            .map(r -> r.email() + " " + r.language())
                            .collect(Collectors.joining("\n")));
            initial.put("version", Long.toString(schedule.version()));
            initialReports = schedule.reports();
            initialCenters = schedule.centers();
            initialUsers =
                    schedule.recipients().stream()
                            .map(ScheduleView.RecipientView::user)
                            .filter(Objects::nonNull)
                            .toList();
        }
        return page.localized(
                Templates.scheduleForm(
                        page,
                        schedule,
                        form,
                        initial,
                        initialReports,
                        initialCenters,
                        initialUsers,
                        ReportWriters.REPORTS,
                        partners.list().stream()
                                .filter(p -> p.kind() != PartnerKind.CONTRACTOR)
                                .toList(),
                        // What the schedule holds first, so that its boxes show ticked.
                        tickedFirst(
                                centers.seenBy(VisibilityScope.EVERYTHING),
                                Center::getCode,
                                initialCenters),
                        funding.list(),
                        List.of(Cadence.values()),
                        tickedFirst(
                                users.list().stream()
                                        .filter(u -> u.enabled() && u.email() != null)
                                        .toList(),
                                UserView::username,
                                initialUsers)));
    }

    private static <T> List<T> tickedFirst(
            List<T> all, java.util.function.Function<T, String> key, List<String> ticked) {
        return all.stream()
                .sorted(java.util.Comparator.comparing(item -> !ticked.contains(key.apply(item))))
                .toList();
    }

    /** The version a form carries; null when it carries none that reads. */
    private static Long version(String typed) {
        try {
            return typed == null ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
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
            contact.language = parts[1].toLowerCase(Locale.ROOT);
            fields.recipients.add(contact);
        }
    }

    /**
     * The errors the rules name by recipient ({@code recipients[2].email}) shown by the form's
     * field of that recipient: the users' boxes or the contacts' lines.
     */
    private static void recipientsByField(FormErrors errors, ScheduleFields fields) {
        for (String field : List.copyOf(errors.map().keySet())) {
            Matcher recipient = RECIPIENT.matcher(field);
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
