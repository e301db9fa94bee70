package org.rehabtrack.center;

import org.rehabtrack.partner.Partner;

/**
 * What changes whenever anything the center list shows of a center changes: the center's version
 * (its own fields), its data version (any of its records, raised by the audit trail in the same
 * transaction) and its administering institution's version (the acronym shown), null without one.
 */
public record CenterStamp(long id, long version, long dataVersion, Long institutionVersion) {

    /** The stamp of a center as it was read. */
    public static CenterStamp of(Center center) {
        Partner institution = center.getAdministeringInstitution();
        return new CenterStamp(
                center.getId(),
                center.getVersion(),
                center.getDataVersion(),
                institution == null ? null : institution.getVersion());
    }
}
