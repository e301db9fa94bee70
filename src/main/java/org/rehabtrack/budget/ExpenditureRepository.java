package org.rehabtrack.budget;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import org.rehabtrack.center.Center;
import org.rehabtrack.works.WorkPackage;

@ApplicationScoped
public class ExpenditureRepository implements PanacheRepository<Expenditure> {

    public List<Expenditure> of(WorkPackage workPackage) {
        return list("from Expenditure e join fetch e.fundingSource join fetch e.center where e.workPackage = ?1"
                + " order by e.paymentDate, e.id", workPackage);
    }

    public List<Expenditure> of(Center center) {
        return list("from Expenditure e join fetch e.fundingSource join fetch e.workPackage where e.center = ?1"
                + " order by e.paymentDate, e.id", center);
    }

    /** What a funding source has paid for a center so far, in the source's currency. */
    public BigDecimal spent(FundingSource source, Center center) {
        BigDecimal sum = getEntityManager()
                .createQuery("select coalesce(sum(e.sourceAmount), 0) from Expenditure e"
                        + " where e.fundingSource = ?1 and e.center = ?2", BigDecimal.class)
                .setParameter(1, source)
                .setParameter(2, center)
                .getSingleResult();
        return sum.setScale(2);
    }
}
