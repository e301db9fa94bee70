package org.rehabtrack.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.milestone.MilestoneService;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.partner.PartnerRepository;
import org.rehabtrack.system.Patch;
import org.rehabtrack.system.Refusal;

/** Agreements on the centers and the commitments under them. */
@ApplicationScoped
public class AgreementService {

    private final AgreementRepository agreements;
    private final CommitmentRepository commitments;
    private final PartnerRepository partners;
    private final CenterRepository centers;
    private final MilestoneService milestones;
    private final Clock clock;

    AgreementService(
            AgreementRepository agreements,
            CommitmentRepository commitments,
            PartnerRepository partners,
            CenterRepository centers,
            MilestoneService milestones,
            Clock clock) {
        this.agreements = agreements;
        this.commitments = commitments;
        this.partners = partners;
        this.centers = centers;
        this.milestones = milestones;
        this.clock = clock;
    }

    public List<AgreementView> listForCenter(String code) {
        Center center = centers.require(code);
        List<Agreement> found = agreements.forCenter(center);
        Map<Long, List<Commitment>> byAgreement = commitments.of(found);
        LocalDate today = today();
        return found.stream()
                .map(
                        a ->
                                AgreementView.of(
                                        a, byAgreement.getOrDefault(a.getId(), List.of()), today))
                .toList();
    }

    public AgreementView get(long id) {
        return view(agreement(id));
    }

    /**
     * Records an agreement with its first commitments; one recorded as signed dates the center's
     * milestone.
     */
    @Transactional
    public AgreementView create(String code, NewAgreement request, boolean illustrative) {
        Center center = centers.require(code);
        LocalDate today = today();
        Agreement agreement = new Agreement(center, illustrative);
        agreement.describe(request, parties(request.parties), today);
        boolean signed = request.status != null && agreement.moveTo(request.status);
        agreements.persist(agreement);
        for (int i = 0; i < request.commitments.size(); i++) {
            commitments.persist(
                    commitment(
                            agreement,
                            request.commitments.get(i),
                            "commitments[" + i + "].partner",
                            today));
        }
        if (signed) {
            recordSignature(agreement, today);
        }
        agreements.flush();
        return view(agreement);
    }

    @Transactional
    public AgreementView update(long id, Patch body) {
        Agreement agreement = agreement(id);
        AgreementPatch patch = body.over(AgreementPatch.of(agreement));
        agreement.checkVersion(patch.version);
        LocalDate today = today();
        agreement.describe(patch, parties(patch.parties), today);
        for (Commitment commitment : commitments.of(agreement)) {
            if (!agreement.hasParty(commitment.getPartner())) {
                throw Refusal.invalidField(
                        "parties",
                        "agreement.partyHasCommitments",
                        commitment.getPartner().getAcronym());
            }
        }
        if (patch.status == null) {
            throw Refusal.invalidField("status", "error.required");
        }
        if (agreement.moveTo(patch.status)) {
            recordSignature(agreement, today);
        }
        agreements.flush();
        return view(agreement);
    }

    @Transactional
    public CommitmentView addCommitment(long agreementId, CommitmentDetails request) {
        Agreement agreement = agreement(agreementId);
        Commitment commitment = commitment(agreement, request, "partner", today());
        commitments.persistAndFlush(commitment);
        return CommitmentView.of(commitment, today());
    }

    @Transactional
    public CommitmentView updateCommitment(long id, Patch body) {
        Commitment commitment =
                commitments
                        .findWithAgreement(id)
                        .orElseThrow(() -> Refusal.notFound("commitment.notFound", id));
        CommitmentPatch patch = body.over(CommitmentPatch.of(commitment));
        commitment.checkVersion(patch.version);
        commitment.describe(patch, partner(patch.partner, "partner"), "partner");
        commitment.setStatus(
                patch.status == null ? CommitmentStatus.PENDING : patch.status, today());
        commitments.flush();
        return CommitmentView.of(commitment, today());
    }

    private Commitment commitment(
            Agreement agreement, CommitmentDetails request, String field, LocalDate today) {
        Commitment commitment = new Commitment(agreement);
        commitment.describe(request, partner(request.partner, field), field);
        commitment.setStatus(
                request.status == null ? CommitmentStatus.PENDING : request.status, today);
        return commitment;
    }

    /**
     * Signing the agreement is the partnership phase's gate: its date becomes the milestone's
     * actual date.
     */
    private void recordSignature(Agreement agreement, LocalDate today) {
        milestones.reachStandard(
                agreement.getCenter(),
                MilestoneKind.AGREEMENT_SIGNED,
                agreement.getSignatureDate());
    }

    private AgreementView view(Agreement agreement) {
        return AgreementView.of(agreement, commitments.of(agreement), today());
    }

    private List<Partner> parties(List<String> acronyms) {
        List<Partner> found = new ArrayList<>();
        for (int i = 0; i < acronyms.size(); i++) {
            Partner partner = partner(acronyms.get(i), "parties[" + i + "]");
            if (!found.contains(partner)) {
                found.add(partner);
            }
        }
        return found;
    }

    private Partner partner(String acronym, String field) {
        return partners.findByAcronym(acronym)
                .orElseThrow(() -> Refusal.invalidField(field, "partner.unknown", acronym));
    }

    private Agreement agreement(long id) {
        return agreements
                .findWithCenter(id)
                .orElseThrow(() -> Refusal.notFound("agreement.notFound", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
