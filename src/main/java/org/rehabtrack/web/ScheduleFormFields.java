package org.rehabtrack.web;

import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.security.Csrf;

/**
 * The schedule form's fields as a browser posts them ({@link ScheduleForm}), each as typed, to be
 * read or shown again: the boxes ticked, and the contacts one per line.
 */
public class ScheduleFormFields {

    @RestForm(Csrf.FIELD)
    public String token;

    @RestForm public String name;
    @RestForm public List<String> reports;
    @RestForm public String audience;
    @RestForm public List<String> centers;
    @RestForm public String fundingSource;
    @RestForm public String cadence;
    @RestForm public String dayOfMonth;
    @RestForm public String language;
    @RestForm public List<String> users;
    @RestForm public String contacts;

    /** The version of the schedule the form changes; none for a new one. */
    @RestForm public String version;

    /** The boxes ticked of a field, without blanks. */
    static List<String> ticked(List<String> boxes) {
        return boxes == null
                ? List.of()
                : boxes.stream().filter(b -> b != null && !b.isBlank()).map(String::strip).toList();
    }

    /** The fields as typed, by name, in the form's order; the boxes ticked one per line. */
    String[] typed() {
        return new String[] {
            "name", name,
            "reports", String.join("\n", ticked(reports)),
            "audience", audience,
            "centers", String.join("\n", ticked(centers)),
            "fundingSource", fundingSource,
            "cadence", cadence,
            "dayOfMonth", dayOfMonth,
            "language", language,
            "users", String.join("\n", ticked(users)),
            "contacts", contacts,
            "version", version
        };
    }
}
