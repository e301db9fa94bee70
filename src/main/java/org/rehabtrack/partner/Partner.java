package org.rehabtrack.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An institution: a State body, a municipality, a UN agency, a donor, a contractor. */
@Entity
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String acronym;
    private String name;

    @Enumerated(EnumType.STRING)
    private PartnerKind kind;

    private String contact;
    private boolean illustrative;

    @Version private long version;

    protected Partner() {}

    public Partner(
            String acronym, String name, PartnerKind kind, String contact, boolean illustrative) {
        this.acronym = acronym;
        this.name = name;
        this.kind = kind;
        this.contact = contact;
        this.illustrative = illustrative;
    }

    public Long getId() {
        return id;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getContact() {
        return contact;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public long getVersion() {
        return version;
    }
}
