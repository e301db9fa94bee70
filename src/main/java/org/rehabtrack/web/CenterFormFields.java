package org.rehabtrack.web;

import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.security.Csrf;

/**
 * The center form's fields as a browser posts them ({@link CenterForm}, {@link NewCenterForm}): the
 * details, and for a new center its code and phase; each as typed, to be read or shown again.
 */
public class CenterFormFields {

    @RestForm(Csrf.FIELD)
    public String token;

    @RestForm public String code;
    @RestForm public String phase;
    @RestForm public String phaseSince;
    @RestForm public String name;
    @RestForm public String type;
    @RestForm public String department;
    @RestForm public String municipality;
    @RestForm public String latitude;
    @RestForm public String longitude;
    @RestForm public String populationServed;
    @RestForm public String capacity;
    @RestForm public String administeringInstitution;

    /** The details as typed, by field name, in the form's order. */
    String[] details() {
        return new String[] {
            "name", name,
            "type", type,
            "department", department,
            "municipality", municipality,
            "latitude", latitude,
            "longitude", longitude,
            "populationServed", populationServed,
            "capacity", capacity,
            "administeringInstitution", administeringInstitution
        };
    }

    /** A new center's fields as typed: its code, the details, and its phase. */
    String[] registration() {
        String[] details = details();
        String[] all = new String[details.length + 6];
        all[0] = "code";
        all[1] = code;
        System.arraycopy(details, 0, all, 2, details.length);
        all[all.length - 4] = "phase";
        all[all.length - 3] = phase;
        all[all.length - 2] = "phaseSince";
        all[all.length - 1] = phaseSince;
        return all;
    }
}
