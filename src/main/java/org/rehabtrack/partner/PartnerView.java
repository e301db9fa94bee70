package org.rehabtrack.partner;

/** A partner as the API shows it. */
public record PartnerView(
        String acronym,
        String name,
        PartnerKind kind,
        String contact,
        boolean illustrative,
        long version) {

    static PartnerView of(Partner partner) {
        return new PartnerView(
                partner.getAcronym(),
                partner.getName(),
                partner.getKind(),
                partner.getContact(),
                partner.isIllustrative(),
                partner.getVersion());
    }
}
