package org.rehabtrack.report.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A schedule as a manager sends it (to create one), or laid over a schedule's current values (to
 * change it, with {@code version}).
 */
public class ScheduleFields {

    @NotBlank
    @Size(max = 200)
    public String name;

    /** progress, budget, findings: at least one. */
    @NotEmpty
    @Size(max = 3)
    public List<@NotNull @Pattern(regexp = "progress|budget|findings") String> reports =
            new ArrayList<>();

    /** Center codes; none: every center the audience sees. */
    @Size(max = 200)
    public List<@NotBlank @Size(max = 20) String> centers = new ArrayList<>();

    @Size(max = 40)
    public String fundingSource;

    /** es or en; none: each recipient's own language. */
    @Pattern(regexp = "es|en", message = "{rehabtrack.language.pattern}")
    public String language;

    @NotNull public Cadence cadence;

    /** The day of the month a monthly or quarterly schedule sends on (1 to 28). */
    @Min(1)
    @Max(28)
    public Integer dayOfMonth;

    /** The acronym of the donor or State partner the workbooks are for; none: IOM. */
    @Size(max = 20)
    public String audience;

    @NotEmpty
    @Size(max = 50)
    public List<@NotNull @Valid RecipientFields> recipients = new ArrayList<>();

    public boolean active = true;

    /** The version last read; required to change a schedule. */
    public Long version;

    /** A recipient: a user ({@code user}) or a contact ({@code email} and {@code language}). */
    public static class RecipientFields {

        @Size(max = 64)
        public String user;

        @Email
        @Size(max = 254)
        public String email;

        @Pattern(regexp = "es|en", message = "{rehabtrack.language.pattern}")
        public String language;
    }

    static ScheduleFields of(ReportSchedule schedule) {
        ScheduleFields fields = new ScheduleFields();
        fields.name = schedule.getName();
        fields.reports = new ArrayList<>(schedule.getReports());
        fields.centers = new ArrayList<>(schedule.getCenters());
        fields.fundingSource = schedule.getFundingSource();
        fields.language = schedule.getLanguage();
        fields.cadence = schedule.getCadence();
        fields.dayOfMonth = schedule.getDayOfMonth();
        fields.audience =
                schedule.getAudience() == null ? null : schedule.getAudience().getAcronym();
        for (Recipient r : schedule.getRecipients()) {
            RecipientFields recipient = new RecipientFields();
            recipient.user = r.getUsername();
            recipient.email = r.getEmail();
            recipient.language = r.getLanguage();
            fields.recipients.add(recipient);
        }
        fields.active = schedule.isActive();
        return fields;
    }
}
