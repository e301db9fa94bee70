package org.rehabtrack.web;

import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.security.Csrf;

/**
 * The agreement form's fields as a browser posts them ({@link AgreementForm}, {@link
 * NewAgreementForm}), each as typed, to be read or shown again; the parties are the boxes ticked.
 */
public class AgreementFormFields {

    @RestForm(Csrf.FIELD)
    public String token;

    @RestForm public String type;
    @RestForm public String title;
    @RestForm public List<String> parties;
    @RestForm public String status;
    @RestForm public String signatureDate;
    @RestForm public String validFrom;
    @RestForm public String validUntil;
    @RestForm public String documentReference;
    @RestForm public String notes;

    /** The dates to remove, each ticked on purpose: a date left empty keeps the one stored. */
    @RestForm public List<String> clear;

    /** The parties ticked, without blanks. */
    List<String> ticked() {
        return parties == null
                ? List.of()
                : parties.stream()
                        .filter(p -> p != null && !p.isBlank())
                        .map(String::strip)
                        .toList();
    }

    /** Whether the date's box to remove it was ticked. */
    boolean clears(String date) {
        return clear != null && clear.contains(date);
    }

    /** The fields as typed, by name, in the form's order; the parties one per line. */
    String[] typed() {
        return new String[] {
            "type", type,
            "title", title,
            "parties", String.join("\n", ticked()),
            "status", status,
            "signatureDate", signatureDate,
            "validFrom", validFrom,
            "validUntil", validUntil,
            "documentReference", documentReference,
            "notes", notes
        };
    }
}
