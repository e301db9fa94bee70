package org.rehabtrack.sampledata;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.center.CenterType;
import org.rehabtrack.center.NewCenter;
import org.rehabtrack.center.Phase;
import org.rehabtrack.milestone.MilestoneKind;
import org.rehabtrack.milestone.NewMilestone;
import org.rehabtrack.partnership.PartnerFields;
import org.rehabtrack.partnership.PartnerKind;

/** One line of each sample-data file, as written there, and the API request it stands for. */
final class Rows {

    private Rows() {}

    record PartnerRow(String acronym, String name, PartnerKind kind, String contact) {
        PartnerFields toRequest() {
            PartnerFields fields = new PartnerFields();
            fields.acronym = acronym;
            fields.name = name;
            fields.kind = kind;
            fields.contact = contact;
            return fields;
        }
    }

    record CenterRow(String code, String name, CenterType type, String department, String municipality,
            BigDecimal latitude, BigDecimal longitude, String populationServed, Integer capacity,
            String administeringInstitution, Phase phase, LocalDate phaseSince) {
        NewCenter toRequest() {
            NewCenter center = new NewCenter();
            center.code = code;
            center.name = name;
            center.type = type;
            center.department = department;
            center.municipality = municipality;
            center.latitude = latitude;
            center.longitude = longitude;
            center.populationServed = populationServed;
            center.capacity = capacity;
            center.administeringInstitution = administeringInstitution;
            center.phase = phase;
            center.phaseSince = phaseSince;
            return center;
        }
    }

    record MilestoneRow(String center, MilestoneKind kind, String name, LocalDate baselineDate,
            LocalDate forecastDate, LocalDate actualDate, String note) {
        SampleMilestone toRequest() {
            SampleMilestone milestone = new SampleMilestone();
            milestone.center = center;
            milestone.kind = kind;
            milestone.name = name;
            milestone.baselineDate = baselineDate;
            milestone.forecastDate = forecastDate;
            milestone.actualDate = actualDate;
            milestone.note = note;
            return milestone;
        }
    }

    /** A milestone request with the center it belongs to, which the API takes from the path. */
    static class SampleMilestone extends NewMilestone {
        @jakarta.validation.constraints.NotBlank
        String center;
    }
}
