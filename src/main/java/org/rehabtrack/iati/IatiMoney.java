package org.rehabtrack.iati;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabtrack.audit.RecordedValues;
import org.rehabtrack.budget.AllocatedAmount;
import org.rehabtrack.budget.CenterBudgetService;
import org.rehabtrack.center.Center;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.Bilingual;
import org.rehabtrack.system.persistence.CenterIds;
import org.rehabtrack.works.ChangeOrderStatus;
import org.rehabtrack.works.WorkPackage;
import org.rehabtrack.works.WorkPackageView;

/**
 * The money of centers' rehabilitations as IATI budgets and transactions, as the records stood at a
 * date and as the reader sees them (the grants it may not see are left out), of one grant or all:
 *
 * <ul>
 *   <li>budgets: what the allocations made in a calendar year gave the center, in their grant's
 *       currency, as they stood at that year's end (original), and now, when changed since
 *       (revised);
 *   <li>incoming funds (1): what each grant allocated to the center, from its donor, dated the day
 *       of its first allocation;
 *   <li>outgoing commitments (2): each contract, dated the day it was recorded or the works
 *       started, whichever came first, and each approved change order of money, on the day it was
 *       approved;
 *   <li>expenditure (4): each payment, on its date, in dollars as converted when recorded: the
 *       payments the center's budget adds up as spent.
 * </ul>
 */
@ApplicationScoped
class IatiMoney {

    static final int ORIGINAL = 1;
    static final int REVISED = 2;

    static final int INCOMING_FUNDS = 1;
    static final int OUTGOING_COMMITMENT = 2;
    static final int EXPENDITURE = 4;

    /** A center's budgets and transactions. */
    record Money(List<IatiActivity.Budget> budgets, List<IatiActivity.Transaction> transactions) {

        static final Money NONE = new Money(List.of(), List.of());
    }

    /** Who gives and who takes: named by {@link IatiActivities}. */
    interface Parties {

        IatiOrganisation implementer();

        IatiOrganisation donorOf(String grant);

        IatiOrganisation contractor(String name);

        String activityOf(long center);

        Bilingual text(String key, Object... args);
    }

    private final CenterBudgetService budgets;
    private final RecordedValues recorded;
    private final EntityManager em;
    private final Clock clock;

    IatiMoney(CenterBudgetService budgets, RecordedValues recorded, EntityManager em, Clock clock) {
        this.budgets = budgets;
        this.recorded = recorded;
        this.em = em;
        this.clock = clock;
    }

    /**
     * The money of each center, by id; {@code contracts}: the centers' packages under a contract
     * that counts at the date, as they stood then.
     */
    Map<Long, Money> of(
            List<Center> centers,
            List<WorkPackageView> contracts,
            AsOf asOf,
            VisibilityScope reader,
            String fundingSource,
            Parties parties) {
        Map<Long, Money> money = new HashMap<>();
        if (centers.isEmpty()) {
            return money;
        }
        CenterIds ids = CenterIds.of(centers.stream().map(Center::getId).toList());
        ZoneId zone = clock.getZone();
        List<AllocatedAmount> allocations =
                budgets.allocations(ids, fundingSource, asOf).stream()
                        .filter(a -> reader.showsGrant(a.source()))
                        .toList();
        Map<Long, List<IatiActivity.Budget>> budgetsOf = budgets(ids, allocations, asOf);
        Map<Long, List<IatiActivity.Transaction>> transactions = new HashMap<>();
        incoming(allocations, zone, parties, transactions);
        commitments(centers, contracts, ids, asOf, reader, fundingSource, parties, transactions);
        expenditure(ids, asOf, reader, fundingSource, parties, transactions);
        for (Center center : centers) {
            List<IatiActivity.Transaction> list =
                    new ArrayList<>(transactions.getOrDefault(center.getId(), List.of()));
            list.sort(
                    java.util.Comparator.comparing(IatiActivity.Transaction::date)
                            .thenComparing(IatiActivity.Transaction::type));
            money.put(
                    center.getId(),
                    new Money(budgetsOf.getOrDefault(center.getId(), List.of()), list));
        }
        return money;
    }

    /**
     * Per center, per calendar year in which allocations were made and per currency: what they gave
     * at the year's end (or at the date, if sooner), and a revision when they give otherwise at the
     * date.
     */
    private Map<Long, List<IatiActivity.Budget>> budgets(
            CenterIds ids, List<AllocatedAmount> allocations, AsOf asOf) {
        Map<Integer, Map<Long, BigDecimal>> atYearEnd = new HashMap<>();
        return budgets(
                allocations,
                clock.getZone(),
                year -> atYearEnd.computeIfAbsent(year, y -> amountsAtEndOf(y, ids, asOf)));
    }

    /**
     * The budgets of allocations as they are at the date, by center: per calendar year in which
     * they were made and per currency, original (what they gave at the year's end, by id) and, when
     * they give otherwise at the date, revised.
     */
    static Map<Long, List<IatiActivity.Budget>> budgets(
            List<AllocatedAmount> allocations,
            ZoneId zone,
            java.util.function.IntFunction<Map<Long, BigDecimal>> atYearEnd) {
        // center -> year -> currency -> [original, revised]
        Map<Long, TreeMap<Integer, TreeMap<String, BigDecimal[]>>> sums = new LinkedHashMap<>();
        for (AllocatedAmount a : allocations) {
            int year = LocalDate.ofInstant(a.createdAt(), zone).getYear();
            BigDecimal[] pair =
                    sums.computeIfAbsent(a.center(), c -> new TreeMap<>())
                            .computeIfAbsent(year, y -> new TreeMap<>())
                            .computeIfAbsent(
                                    a.sourceCurrency(),
                                    c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            pair[0] = pair[0].add(atYearEnd.apply(year).getOrDefault(a.id(), BigDecimal.ZERO));
            pair[1] = pair[1].add(a.amount());
        }
        Map<Long, List<IatiActivity.Budget>> budgetsOf = new HashMap<>();
        sums.forEach(
                (center, years) -> {
                    List<IatiActivity.Budget> list = new ArrayList<>();
                    years.forEach(
                            (year, currencies) ->
                                    currencies.forEach(
                                            (currency, pair) -> {
                                                LocalDate start = LocalDate.of(year, 1, 1);
                                                LocalDate end = LocalDate.of(year, 12, 31);
                                                list.add(
                                                        new IatiActivity.Budget(
                                                                ORIGINAL, start, end, pair[0],
                                                                currency));
                                                if (pair[0].compareTo(pair[1]) != 0) {
                                                    list.add(
                                                            new IatiActivity.Budget(
                                                                    REVISED, start, end, pair[1],
                                                                    currency));
                                                }
                                            }));
                    budgetsOf.put(center, list);
                });
        return budgetsOf;
    }

    /** The allocations' amounts at the end of a year, or at the date if it comes first, by id. */
    private Map<Long, BigDecimal> amountsAtEndOf(int year, CenterIds ids, AsOf asOf) {
        LocalDate end = LocalDate.of(year, 12, 31);
        AsOf then = end.isBefore(asOf.date()) ? AsOf.of(end, clock) : asOf;
        Map<Long, BigDecimal> amounts = new HashMap<>();
        for (AllocatedAmount a : budgets.allocations(ids, null, then)) {
            amounts.put(a.id(), a.amount());
        }
        return amounts;
    }

    /** Per center and grant, what the grant allocated to it, from its donor to the implementer. */
    private static void incoming(
            List<AllocatedAmount> allocations,
            ZoneId zone,
            Parties parties,
            Map<Long, List<IatiActivity.Transaction>> transactions) {
        Map<Long, Map<String, List<AllocatedAmount>>> byGrant = new LinkedHashMap<>();
        for (AllocatedAmount a : allocations) {
            byGrant.computeIfAbsent(a.center(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(a.source(), s -> new ArrayList<>())
                    .add(a);
        }
        byGrant.forEach(
                (center, grants) ->
                        grants.forEach(
                                (grant, list) -> {
                                    Instant first =
                                            list.stream()
                                                    .map(AllocatedAmount::createdAt)
                                                    .min(Instant::compareTo)
                                                    .orElseThrow();
                                    BigDecimal total =
                                            list.stream()
                                                    .map(AllocatedAmount::amount)
                                                    .reduce(BigDecimal.ZERO, BigDecimal::add);
                                    add(
                                            transactions,
                                            center,
                                            new IatiActivity.Transaction(
                                                    INCOMING_FUNDS,
                                                    LocalDate.ofInstant(first, zone),
                                                    total,
                                                    list.get(0).sourceCurrency(),
                                                    parties.text(
                                                            "iati.transaction.incoming", grant),
                                                    parties.donorOf(grant),
                                                    null,
                                                    parties.implementer(),
                                                    parties.activityOf(center)));
                                }));
    }

    /**
     * The contracts of the packages that count at the date and the change orders approved by then,
     * charged to a grant the reader sees (or to none), from the implementer to the contractor.
     */
    private void commitments(
            List<Center> centers,
            List<WorkPackageView> contracts,
            CenterIds ids,
            AsOf asOf,
            VisibilityScope reader,
            String fundingSource,
            Parties parties,
            Map<Long, List<IatiActivity.Transaction>> transactions) {
        Map<String, Long> centerIds = new HashMap<>();
        centers.forEach(c -> centerIds.put(c.getCode(), c.getId()));
        Map<Long, Instant> contracted = recorded.firstSet(WorkPackage.class, "contractAmount", ids);
        Map<String, String> contractors = contractorNames();
        for (WorkPackageView p : contracts) {
            if (!charged(p.fundingSource(), reader, fundingSource)) {
                continue;
            }
            long center = centerIds.get(p.center());
            add(
                    transactions,
                    center,
                    new IatiActivity.Transaction(
                            OUTGOING_COMMITMENT,
                            contractDate(contracted.get(p.id()), p.actualStart(), asOf),
                            p.contractAmount().amount(),
                            p.contractAmount().currency(),
                            parties.text("iati.transaction.contract", p.code()),
                            parties.implementer(),
                            parties.activityOf(center),
                            parties.contractor(contractors.get(p.contractor())),
                            null));
        }
        List<Object[]> orders =
                ids.bind(
                                em.createQuery(
                                        "select w.center.id, w.code, f.code, k.name, c.amount,"
                                                + " c.currency, c.decidedOn from ChangeOrder c"
                                                + " join c.workPackage w left join w.fundingSource f"
                                                + " left join w.contractor k"
                                                + " where c.status = :approved and c.decidedOn <= :upTo and "
                                                + ids.in("w.center.id")
                                                + " order by c.decidedOn, c.id",
                                        Object[].class))
                        .setParameter("approved", ChangeOrderStatus.APPROVED)
                        .setParameter("upTo", asOf.date())
                        .getResultList();
        for (Object[] r : orders) {
            long center = (Long) r[0];
            // A change order of time only commits no money: no transaction.
            if (!ids.keeps(center)
                    || !charged((String) r[2], reader, fundingSource)
                    || ((BigDecimal) r[4]).signum() == 0) {
                continue;
            }
            add(
                    transactions,
                    center,
                    new IatiActivity.Transaction(
                            OUTGOING_COMMITMENT,
                            (LocalDate) r[6],
                            (BigDecimal) r[4],
                            (String) r[5],
                            parties.text("iati.transaction.changeOrder", r[1]),
                            parties.implementer(),
                            parties.activityOf(center),
                            parties.contractor((String) r[3]),
                            null));
        }
    }

    /**
     * The day a contract was made: the day its amount was recorded or the works started, whichever
     * came first; never after the date.
     */
    private LocalDate contractDate(Instant recordedAt, LocalDate started, AsOf asOf) {
        LocalDate date =
                recordedAt == null ? null : LocalDate.ofInstant(recordedAt, clock.getZone());
        if (started != null && (date == null || started.isBefore(date))) {
            date = started;
        }
        LocalDate latest =
                asOf.date().isBefore(LocalDate.now(clock)) ? asOf.date() : LocalDate.now(clock);
        return date == null || date.isAfter(latest) ? latest : date;
    }

    /** Every payment up to the date, in dollars, from the implementer to the contractor. */
    private void expenditure(
            CenterIds ids,
            AsOf asOf,
            VisibilityScope reader,
            String fundingSource,
            Parties parties,
            Map<Long, List<IatiActivity.Transaction>> transactions) {
        List<Object[]> payments =
                ids.bind(
                                em.createQuery(
                                        "select e.center.id, e.paymentDate, e.usdAmount, f.code,"
                                                + " w.code, k.name, e.reference from Expenditure e"
                                                + " join e.fundingSource f join e.workPackage w"
                                                + " left join w.contractor k"
                                                + " where e.paymentDate <= :upTo and "
                                                + ids.in("e.center.id")
                                                + " order by e.paymentDate, e.id",
                                        Object[].class))
                        .setParameter("upTo", asOf.date())
                        .getResultList();
        for (Object[] r : payments) {
            long center = (Long) r[0];
            if (!ids.keeps(center) || !charged((String) r[3], reader, fundingSource)) {
                continue;
            }
            add(
                    transactions,
                    center,
                    new IatiActivity.Transaction(
                            EXPENDITURE,
                            (LocalDate) r[1],
                            (BigDecimal) r[2],
                            CurrencyConverter.USD,
                            r[6] == null
                                    ? parties.text("iati.transaction.payment", r[4])
                                    : parties.text("iati.transaction.paymentRef", r[4], r[6]),
                            parties.implementer(),
                            parties.activityOf(center),
                            parties.contractor((String) r[5]),
                            null));
        }
    }

    /** Whether money charged to a grant (or none) is in the export for this reader. */
    private static boolean charged(String grant, VisibilityScope reader, String fundingSource) {
        if (fundingSource != null) {
            return fundingSource.equals(grant);
        }
        return grant == null || reader.showsGrant(grant);
    }

    private Map<String, String> contractorNames() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select p.acronym, p.name from Partner p", Object[].class)
                .getResultStream()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    private static void add(
            Map<Long, List<IatiActivity.Transaction>> transactions,
            long center,
            IatiActivity.Transaction transaction) {
        transactions.computeIfAbsent(center, c -> new ArrayList<>()).add(transaction);
    }
}
