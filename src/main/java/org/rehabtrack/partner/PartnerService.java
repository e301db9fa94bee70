package org.rehabtrack.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

@ApplicationScoped
public class PartnerService {

    private final PartnerRepository partners;

    PartnerService(PartnerRepository partners) {
        this.partners = partners;
    }

    public List<PartnerView> list() {
        return partners.listByAcronym().stream().map(PartnerView::of).toList();
    }

    /** Every partner's acronym by its id, for a page that names partners a record refers to. */
    public Map<Long, String> acronymsById() {
        return partners.listByAcronym().stream()
                .collect(Collectors.toMap(Partner::getId, Partner::getAcronym));
    }

    /**
     * What changes whenever a partner is added or changed, for a page that keeps what it shows of
     * partners between requests.
     */
    public String stamp() {
        return partners.stamp();
    }

    public Optional<PartnerView> find(String acronym) {
        return partners.findByAcronym(acronym).map(PartnerView::of);
    }

    @Transactional
    public PartnerView create(PartnerFields fields) {
        if (partners.findByAcronym(fields.acronym).isPresent()) {
            throw Refusal.conflict(Reason.DUPLICATE, "partner.duplicate", fields.acronym);
        }
        Partner partner =
                new Partner(
                        fields.acronym, fields.name.strip(), fields.kind, fields.contact, false);
        partners.persistAndFlush(partner);
        return PartnerView.of(partner);
    }
}
