package org.rehabtrack.report.schedule;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.system.persistence.TrackedEntity;

/**
 * Which workbooks are sent, to whom, about what and when: reports, centers (none: every center the
 * audience sees), funding source, language (none: each recipient's own), cadence and day, and the
 * audience (a donor or a State partner, whose view of the centers and the money the workbooks are
 * written in; none: IOM, which sees everything).
 */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule extends TrackedEntity {

    private String name;
    private String reports;
    private String centers;
    private String fundingSource;
    private String language;

    @Enumerated(EnumType.STRING)
    private Cadence cadence;

    private Integer dayOfMonth;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "audience_partner_id")
    private Partner audience;

    private boolean active = true;
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "report_schedule_recipient",
            joinColumns = @JoinColumn(name = "schedule_id"))
    @OrderColumn(name = "recipient_order")
    private List<Recipient> recipients = new ArrayList<>();

    protected ReportSchedule() {}

    ReportSchedule(String createdBy) {
        this.createdBy = createdBy;
    }

    void describe(
            String name,
            List<String> reports,
            List<String> centers,
            String fundingSource,
            String language,
            Cadence cadence,
            Integer dayOfMonth,
            Partner audience,
            List<Recipient> recipients,
            boolean active) {
        this.name = name;
        this.reports = String.join(",", reports);
        this.centers = String.join(",", centers);
        this.fundingSource = fundingSource;
        this.language = language;
        this.cadence = cadence;
        this.dayOfMonth = dayOfMonth;
        this.audience = audience;
        this.recipients.clear();
        this.recipients.addAll(recipients);
        this.active = active;
    }

    public String getName() {
        return name;
    }

    public List<String> getReports() {
        return split(reports);
    }

    public List<String> getCenters() {
        return split(centers);
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public String getLanguage() {
        return language;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public Partner getAudience() {
        return audience;
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<Recipient> getRecipients() {
        return List.copyOf(recipients);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
