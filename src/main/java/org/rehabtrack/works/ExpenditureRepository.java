package org.rehabtrack.works;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import org.rehabtrack.center.Center;
import org.rehabtrack.funding.FundingSource;

@ApplicationScoped
public class ExpenditureRepository implements PanacheRepository<Expenditure> {

    /**
     * Adds a new payment to its package's total for its grant and category (payment_total). The
     * caller holds the grant's row lock, so no other payment to the same total runs meanwhile.
     */
    public void addToTotals(Expenditure e) {
        int updated =
                getEntityManager()
                        .createNativeQuery(
                                "update payment_total set usd_amount = usd_amount + ?1,"
                                        + " source_amount = source_amount + ?2, payments = payments + 1"
                                        + " where work_package_id = ?3 and funding_source_id = ?4 and category = ?5")
                        .setParameter(1, e.getUsd().amount())
                        .setParameter(2, e.getSourceAmount())
                        .setParameter(3, e.getWorkPackage().getId())
                        .setParameter(4, e.getFundingSource().getId())
                        .setParameter(5, e.getCategory().name())
                        .executeUpdate();
        if (updated == 0) {
            getEntityManager()
                    .createNativeQuery(
                            "insert into payment_total (work_package_id, funding_source_id,"
                                    + " category, center_id, usd_amount, source_amount, payments, first_payment_id)"
                                    + " values (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7)")
                    .setParameter(1, e.getWorkPackage().getId())
                    .setParameter(2, e.getFundingSource().getId())
                    .setParameter(3, e.getCategory().name())
                    .setParameter(4, e.getCenter().getId())
                    .setParameter(5, e.getUsd().amount())
                    .setParameter(6, e.getSourceAmount())
                    .setParameter(7, e.getId())
                    .executeUpdate();
        }
    }

    public List<Expenditure> of(WorkPackage workPackage) {
        return list(
                "from Expenditure e join fetch e.fundingSource join fetch e.center where e.workPackage = ?1"
                        + " order by e.paymentDate, e.id",
                workPackage);
    }

    public List<Expenditure> of(Center center) {
        return list(
                "from Expenditure e join fetch e.fundingSource join fetch e.workPackage where e.center = ?1"
                        + " order by e.paymentDate, e.id",
                center);
    }

    /** What a funding source has paid for a center so far, in the source's currency. */
    public BigDecimal spent(FundingSource source, Center center) {
        BigDecimal sum =
                getEntityManager()
                        .createQuery(
                                "select coalesce(sum(e.sourceAmount), 0) from Expenditure e"
                                        + " where e.fundingSource = ?1 and e.center = ?2",
                                BigDecimal.class)
                        .setParameter(1, source)
                        .setParameter(2, center)
                        .getSingleResult();
        return sum.setScale(2);
    }
}
