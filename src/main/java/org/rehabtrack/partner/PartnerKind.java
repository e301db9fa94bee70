package org.rehabtrack.partner;

/** What sort of institution a partner is. */
public enum PartnerKind {
    STATE,
    MUNICIPALITY,
    UN_AGENCY,
    NGO,
    DONOR,
    CONTRACTOR
}
