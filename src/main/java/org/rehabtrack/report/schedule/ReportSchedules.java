package org.rehabtrack.report.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.funding.FundingSource;
import org.rehabtrack.funding.FundingSourceRepository;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.partner.PartnerKind;
import org.rehabtrack.partner.PartnerRepository;
import org.rehabtrack.security.Role;
import org.rehabtrack.security.UserService;
import org.rehabtrack.security.UserView;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.security.VisibilityScopes;
import org.rehabtrack.system.Patch;
import org.rehabtrack.system.Refusal;

/**
 * The schedules managers set (docs/reports.md, "Schedules"), checked so that a schedule can only
 * send what its audience may see to people of that audience: its centers and funding source must be
 * the audience's (a donor's funded centers and own grants; a State partner's centers); a user
 * receiving it must have an e-mail address and belong to the audience (or, for IOM's schedules, see
 * everything); a contact needs an address and a language.
 */
@ApplicationScoped
public class ReportSchedules {

    private final ReportScheduleRepository schedules;
    private final CenterService centers;
    private final FundingSourceRepository fundingSources;
    private final PartnerRepository partners;
    private final UserService users;
    private final VisibilityScopes scopes;
    private final ReportDeliveries deliveries;

    ReportSchedules(
            ReportScheduleRepository schedules,
            CenterService centers,
            FundingSourceRepository fundingSources,
            PartnerRepository partners,
            UserService users,
            VisibilityScopes scopes,
            ReportDeliveries deliveries) {
        this.schedules = schedules;
        this.centers = centers;
        this.fundingSources = fundingSources;
        this.partners = partners;
        this.users = users;
        this.scopes = scopes;
        this.deliveries = deliveries;
    }

    @Transactional
    public List<ScheduleView> list() {
        return schedules.listByName().stream().map(ScheduleView::of).toList();
    }

    /** The active schedules, with their recipients and audience, for the sending. */
    @Transactional
    public List<ReportSchedule> active() {
        return schedules.listByName().stream().filter(ReportSchedule::isActive).toList();
    }

    @Transactional
    public ScheduleView get(long id) {
        return ScheduleView.of(require(id));
    }

    /** A schedule's sendings, the newest first; 404 for no such schedule. */
    public List<DeliveryView> deliveries(long id) {
        get(id);
        return deliveries.ofSchedule(id).stream().map(DeliveryView::of).toList();
    }

    @Transactional
    public ScheduleView create(ScheduleFields fields, String actor) {
        ReportSchedule schedule = new ReportSchedule(actor);
        describe(schedule, fields);
        schedules.persistAndFlush(schedule);
        return ScheduleView.of(schedule);
    }

    /** Changes the fields a patch names, with the version last read. */
    @Transactional
    public ScheduleView update(long id, Patch patch) {
        ReportSchedule schedule = require(id);
        return describeAgain(schedule, patch.over(ScheduleFields.of(schedule)));
    }

    /** Describes a schedule anew, every field as given, with the version last read. */
    @Transactional
    public ScheduleView replace(long id, ScheduleFields fields) {
        return describeAgain(require(id), fields);
    }

    private ScheduleView describeAgain(ReportSchedule schedule, ScheduleFields fields) {
        if (fields.version == null) {
            throw Refusal.invalidField("version", "schedule.versionRequired");
        }
        schedule.checkVersion(fields.version);
        describe(schedule, fields);
        schedules.flush();
        return ScheduleView.of(schedule);
    }

    @Transactional
    public void delete(long id) {
        schedules.delete(require(id));
    }

    /** The schedule of this id; 404 when none. */
    ReportSchedule require(long id) {
        ReportSchedule schedule = schedules.findById(id);
        if (schedule == null) {
            throw Refusal.notFound("schedule.notFound", id);
        }
        return schedule;
    }

    private void describe(ReportSchedule schedule, ScheduleFields fields) {
        boolean dated = fields.cadence != Cadence.PHASE_CHANGE;
        if (dated && fields.dayOfMonth == null) {
            throw Refusal.invalidField("dayOfMonth", "schedule.dayRequired");
        }
        if (!dated && fields.dayOfMonth != null) {
            throw Refusal.invalidField("dayOfMonth", "schedule.dayNotForPhaseChange");
        }
        Partner audience = audience(fields.audience);
        VisibilityScope seen = scopeOf(audience);
        // No centers (none sent, or null): every center the audience sees.
        List<String> codes = centerCodes(fields.centers == null ? List.of() : fields.centers, seen);
        String grant = grant(fields.fundingSource, seen);
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < fields.recipients.size(); i++) {
            recipients.add(recipient(fields.recipients.get(i), i, audience));
        }
        schedule.describe(
                fields.name.strip(),
                List.copyOf(new java.util.LinkedHashSet<>(fields.reports)),
                codes,
                grant,
                fields.language,
                fields.cadence,
                dated ? fields.dayOfMonth : null,
                audience,
                recipients,
                fields.active);
    }

    private Partner audience(String acronym) {
        if (acronym == null || acronym.isBlank()) {
            return null;
        }
        return partners.findByAcronym(acronym.strip())
                .filter(p -> p.getKind() != PartnerKind.CONTRACTOR)
                .orElseThrow(
                        () -> Refusal.invalidField("audience", "partner.unknown", acronym.strip()));
    }

    /** What the audience sees: everything for IOM, else its organisation's users' view. */
    public VisibilityScope scopeOf(Partner audience) {
        if (audience == null) {
            return VisibilityScope.EVERYTHING;
        }
        return audience.getKind() == PartnerKind.DONOR
                ? scopes.ofDonor(audience.getId())
                : scopes.ofPartner(audience.getId());
    }

    private List<String> centerCodes(List<String> asked, VisibilityScope seen) {
        List<String> codes = new ArrayList<>();
        List<Center> visible = asked.isEmpty() ? List.of() : centers.seenBy(seen);
        for (String code : asked) {
            String stripped = code.strip();
            Center center =
                    visible.stream()
                            .filter(c -> c.getCode().equals(stripped))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            Refusal.invalidField(
                                                    "centers", "schedule.centerNotSeen", stripped));
            if (!codes.contains(center.getCode())) {
                codes.add(center.getCode());
            }
        }
        return codes;
    }

    private String grant(String code, VisibilityScope seen) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String stripped = code.strip();
        FundingSource source =
                fundingSources
                        .findByCode(stripped)
                        .filter(f -> seen.seesGrantOf(f.getDonor().getId()))
                        .orElseThrow(
                                () ->
                                        Refusal.invalidField(
                                                "fundingSource", "funding.unknown", stripped));
        return source.getCode();
    }

    private Recipient recipient(
            ScheduleFields.RecipientFields fields, int index, Partner audience) {
        String field = "recipients[" + index + "]";
        boolean user = fields.user != null && !fields.user.isBlank();
        boolean contact = fields.email != null && !fields.email.isBlank();
        if (user == contact) {
            throw Refusal.invalidField(field, "schedule.recipientOneOf");
        }
        if (contact) {
            if (fields.language == null) {
                throw Refusal.invalidField(field + ".language", "schedule.languageRequired");
            }
            return Recipient.contact(fields.email.strip(), fields.language);
        }
        UserView found;
        try {
            found = users.byUsername(fields.user.strip());
        } catch (Refusal unknown) {
            throw Refusal.invalidField(
                    field + ".user", "schedule.userUnknown", fields.user.strip());
        }
        if (!found.enabled() || found.email() == null) {
            throw Refusal.invalidField(field + ".user", "schedule.userNoEmail", found.username());
        }
        boolean outsider =
                audience == null
                        ? Set.of(Role.DONOR, Role.PARTNER).contains(found.role())
                        : !audience.getAcronym().equals(found.organisation());
        if (outsider) {
            throw Refusal.invalidField(
                    field + ".user", "schedule.userNotOfAudience", found.username());
        }
        return Recipient.user(found.username());
    }
}
