package org.rehabtrack.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.rehabtrack.audit.RecordedValues;
import org.rehabtrack.funding.BudgetAllocation;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.funding.ExchangeRateView;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.persistence.CenterIds;
import org.rehabtrack.works.WorkPackageStatus;

/**
 * The flat rows a roll-up of centers' money reads, each in one query for any number of centers:
 * allocations, payments added up by package, category and grant, live packages, approved change
 * orders, the rates the payments used.
 */
@ApplicationScoped
class RollUpQueries {

    /** A center's payments of one package, category and grant up to the status date, added up. */
    record Payments(
            long center,
            long workPackage,
            BudgetCategory category,
            String source,
            String sourceCurrency,
            String donor,
            BigDecimal usd,
            BigDecimal sourceAmount) {

        /**
         * From a row of center id, package id, category (its name in a native query), grant code,
         * currency and donor, dollars and the grant's currency.
         */
        static Payments of(Object[] r) {
            return new Payments(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    r[2] instanceof BudgetCategory category
                            ? category
                            : BudgetCategory.valueOf((String) r[2]),
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (BigDecimal) r[6],
                    (BigDecimal) r[7]);
        }
    }

    /**
     * A works package not cancelled, as the roll-up needs it; with the budget line it is charged to
     * (its category, and its grant or none), which its contract commits.
     */
    record Package(
            long center,
            long id,
            String code,
            WorkPackageStatus status,
            BigDecimal budget,
            String budgetCurrency,
            BigDecimal contract,
            String contractCurrency,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            BigDecimal percentComplete,
            BudgetCategory category,
            String source) {}

    private final EntityManager em;
    private final RecordedValues recorded;

    RollUpQueries(EntityManager em, RecordedValues recorded) {
        this.em = em;
        this.recorded = recorded;
    }

    /**
     * The centers' allocations, of one grant or all, as they stood at the end of the cut-off date:
     * those recorded by then, of their amounts then ({@link RecordedValues}); as they are when the
     * date is today or later. The one rewind of allocations to a past date: the API's roll-ups and
     * the budget workbook both read them here.
     */
    List<AllocatedAmount> allocations(CenterIds centers, String source, AsOf asOf) {
        List<AllocatedAmount> now =
                kept(
                                centers,
                                em.createQuery(
                                                "select a.center.id, a.category, f.code, f.currency, d.acronym, a.amount,"
                                                        + " a.id, a.createdAt"
                                                        + " from BudgetAllocation a join a.fundingSource f join f.donor d"
                                                        + " where "
                                                        + centers.in("a.center.id")
                                                        + " and (:source is null or f.code = :source)"
                                                        + " order by f.code, a.category",
                                                Object[].class)
                                        .setParameter("source", source))
                        .map(
                                r ->
                                        new AllocatedAmount(
                                                (Long) r[6],
                                                (Long) r[0],
                                                (BudgetCategory) r[1],
                                                (String) r[2],
                                                (String) r[3],
                                                (String) r[4],
                                                (BigDecimal) r[5],
                                                (java.time.Instant) r[7]))
                        .toList();
        if (asOf.current()) {
            return now;
        }
        RecordedValues.Past past = recorded.at(BudgetAllocation.class, asOf.end(), centers);
        return now.stream()
                .filter(a -> !past.createdSince(a.id()))
                .map(a -> a.of(past.decimal(a.id(), "amount", a.amount())))
                .toList();
    }

    List<Payments> payments(CenterIds centers, LocalDate upTo, String source) {
        return kept(
                        centers,
                        em.createQuery(
                                        "select e.center.id, e.workPackage.id, e.category, f.code, f.currency, d.acronym,"
                                                + " sum(e.usdAmount), sum(e.sourceAmount)"
                                                + " from Expenditure e join e.fundingSource f join f.donor d"
                                                + " where "
                                                + centers.in("e.center.id")
                                                + " and e.paymentDate <= :upTo"
                                                + " and (:source is null or f.code = :source)"
                                                + " group by e.center.id, e.workPackage.id, e.category, f.code, f.currency, d.acronym"
                                                + " order by min(e.id)",
                                        Object[].class)
                                .setParameter("upTo", upTo)
                                .setParameter("source", source))
                .map(Payments::of)
                .toList();
    }

    /**
     * The centers' payments added up by package, category and grant as payment_total keeps them:
     * all their payments, which is what was paid up to any date from today on.
     */
    List<Payments> paymentTotals(CenterIds centers, String source) {
        return kept(
                        centers,
                        em.createNativeQuery(
                                "select t.center_id, t.work_package_id, t.category,"
                                        + " f.code, f.currency, d.acronym, t.usd_amount, t.source_amount from payment_total t"
                                        + " join funding_source f on f.id = t.funding_source_id join partner d on d.id = f.donor_partner_id"
                                        + " where "
                                        + centers.in("t.center_id")
                                        + " order by t.first_payment_id"))
                .filter(r -> source == null || source.equals(r[3]))
                .map(Payments::of)
                .toList();
    }

    /** The packages not cancelled, by code; with a grant, only those charged to it. */
    List<Package> packages(CenterIds centers, String source) {
        return kept(
                        centers,
                        em.createQuery(
                                        "select w.center.id, w.id, w.code, w.status, w.budgetAmount, w.budgetCurrency,"
                                                + " w.contractAmount, w.contractCurrency, w.plannedStart, w.plannedEnd, w.percentComplete,"
                                                + " w.category, f.code"
                                                + " from WorkPackage w left join w.fundingSource f"
                                                + " where "
                                                + centers.in("w.center.id")
                                                + " and w.status in :counted"
                                                + " and (:source is null or f.code = :source) order by w.code",
                                        Object[].class)
                                .setParameter("counted", WorkPackageStatus.COUNTED)
                                .setParameter("source", source))
                .map(
                        r ->
                                new Package(
                                        (Long) r[0],
                                        (Long) r[1],
                                        (String) r[2],
                                        (WorkPackageStatus) r[3],
                                        (BigDecimal) r[4],
                                        (String) r[5],
                                        (BigDecimal) r[6],
                                        (String) r[7],
                                        (LocalDate) r[8],
                                        (LocalDate) r[9],
                                        (BigDecimal) r[10],
                                        (BudgetCategory) r[11],
                                        (String) r[12]))
                .toList();
    }

    /**
     * The rates the centers' payments up to a date were converted at, by center id; of the payments
     * of the grants the reader sees in full.
     */
    Map<Long, List<ExchangeRateView>> paymentRates(
            CenterIds centers, LocalDate upTo, String source, VisibilityScope view) {
        Map<Long, List<ExchangeRateView>> rates = new LinkedHashMap<>();
        kept(
                        centers,
                        em.createQuery(
                                        "select distinct e.center.id, r.id, r.currency, r.rateDate, r.unitsPerUsd, r.source,"
                                                + " f.code"
                                                + " from Expenditure e join ExchangeRate r on r.id = e.exchangeRateId join e.fundingSource f"
                                                + " where "
                                                + centers.in("e.center.id")
                                                + " and e.paymentDate <= :upTo"
                                                + " and (:source is null or f.code = :source) order by r.currency, r.rateDate",
                                        Object[].class)
                                .setParameter("upTo", upTo)
                                .setParameter("source", source))
                .filter(r -> view.showsGrant((String) r[6]))
                .filter(
                        r ->
                                rates.getOrDefault((Long) r[0], List.of()).stream()
                                        .noneMatch(v -> v.id() == (Long) r[1]))
                .forEach(
                        r ->
                                rates.computeIfAbsent((Long) r[0], c -> new java.util.ArrayList<>())
                                        .add(
                                                new ExchangeRateView(
                                                        (Long) r[1],
                                                        (String) r[2],
                                                        (LocalDate) r[3],
                                                        (BigDecimal) r[4],
                                                        (String) r[5])));
        return rates;
    }

    /**
     * The rows of a query whose first column is a center's id, of the centers asked for: the query
     * bound to their ids, or reading every center's rows and keeping theirs ({@link CenterIds}).
     */
    private static Stream<Object[]> kept(CenterIds centers, Query query) {
        return ((Stream<?>) centers.bind(query).getResultStream())
                .map(Object[].class::cast)
                .filter(r -> centers.keeps(((Number) r[0]).longValue()));
    }
}
