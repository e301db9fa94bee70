package org.rehabtrack.synthetic;

import static java.time.temporal.ChronoUnit.DAYS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rehabtrack.center.CenterType;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.center.Phase;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.works.WorkPackageStatus;

/**
 * The centers and works packages of a synthetic portfolio, drawn from a seed: the same size,
 * prefix, seed and day give the same plan. Half the centers are in works (packages completed, under
 * way and planned), a fifth done (every package completed), the rest before the works (every
 * package planned); milestones follow the phase.
 */
final class PortfolioPlan {

    /**
     * The grants' currencies, by index: a dollar grant, a euro grant, a State grant in lempiras.
     */
    static final String[] GRANT_CURRENCIES = {"USD", "EUR", "HNL"};

    static final int CONTRACTORS = 4;
    static final LocalDate WORKS_FROM = LocalDate.of(2023, 1, 1);

    /** The phase of center i is PHASES[i % 10]: center 0 is always in works. */
    private static final Phase[] PHASES = {
        Phase.WORKS,
        Phase.WORKS,
        Phase.COMPLETED,
        Phase.PRELIMINARY_PROJECT,
        Phase.WORKS,
        Phase.INAUGURATION,
        Phase.EVALUATION,
        Phase.WORKS,
        Phase.PARTNERSHIP,
        Phase.WORKS
    };

    private static final String[][] PLACES = {
        {"Cortés", "San Pedro Sula", "15.5042", "-88.0250"},
        {"Cortés", "Omoa", "15.7772", "-88.0375"},
        {"Francisco Morazán", "Tegucigalpa", "14.0723", "-87.1921"},
        {"Atlántida", "La Ceiba", "15.7597", "-86.7822"},
        {"Ocotepeque", "Agua Caliente", "14.4667", "-89.2167"},
        {"Choluteca", "Choluteca", "13.3007", "-87.1908"},
        {"Copán", "Santa Rosa de Copán", "14.7667", "-88.7833"},
        {"Yoro", "El Progreso", "15.4000", "-87.8000"},
        {"Colón", "Trujillo", "15.9167", "-85.9500"},
        {"Olancho", "Juticalpa", "14.6667", "-86.2167"},
        {"Comayagua", "Comayagua", "14.4500", "-87.6333"},
        {"Valle", "San Lorenzo", "13.4167", "-87.4500"}
    };
    private static final String[] WORKS = {
        "Rehabilitación de cubierta",
        "Red de agua potable",
        "Baterías sanitarias",
        "Instalación eléctrica",
        "Sistema contra incendios",
        "Rampas y accesibilidad",
        "Espacio amigable para la niñez",
        "Dormitorios familiares",
        "Cocina y comedor",
        "Área de salud",
        "Muro perimetral",
        "Ventilación e iluminación"
    };
    private static final String[] STANDARD_NAMES = {
        "Evaluación completada",
        "Convenio firmado",
        "Anteproyecto aprobado",
        "Contrato de obras adjudicado",
        "Inicio de obras",
        "Obras terminadas",
        "Entrega al operador",
        "Inauguración"
    };

    final List<CenterPlan> centers = new ArrayList<>();
    final List<PackagePlan> packages = new ArrayList<>();
    final int findingsTotal;

    private final String prefix;
    private final LocalDate today;
    private final SplittableRandom random;

    PortfolioPlan(PortfolioSize size, String prefix, LocalDate today, long seed) {
        this.prefix = prefix;
        this.today = today;
        this.random = new SplittableRandom(seed);
        this.findingsTotal = size.findings();
        for (int c = 0; c < size.centers(); c++) {
            Phase phase = PHASES[c % PHASES.length];
            List<PackagePlan> own = new ArrayList<>();
            for (int j = 0; j < PortfolioSize.share(size.workPackages(), size.centers(), c); j++) {
                own.add(workPackage(packages.size() + own.size(), c, j, phase));
            }
            packages.addAll(own);
            centers.add(
                    center(
                            c,
                            phase,
                            own,
                            PortfolioSize.share(size.milestones(), size.centers(), c)));
        }
        spreadActivity(size);
    }

    private CenterPlan center(int c, Phase phase, List<PackagePlan> own, int milestoneCount) {
        String[] place = PLACES[c % PLACES.length];
        CenterType type = CenterType.values()[c % CenterType.values().length];
        LocalDate origin =
                phase.ordinal() >= Phase.WORKS.ordinal()
                        ? LocalDate.of(2022, 8, 1).plusDays((c * 37L) % 120)
                        : today.minusDays(phase.ordinal() * 100L + 60 + c % 90);
        List<MilestonePlan> all = milestones(origin, phase, own, Math.max(milestoneCount, 8));
        LocalDate since =
                switch (phase) {
                    case EVALUATION -> origin;
                    case PARTNERSHIP -> all.get(0).actual();
                    case PRELIMINARY_PROJECT -> all.get(1).actual();
                    case WORKS -> all.get(2).actual();
                    case INAUGURATION -> all.get(5).actual();
                    case COMPLETED -> all.get(7).actual();
                };
        BigDecimal jitter = BigDecimal.valueOf(random.nextInt(-300, 300), 4);
        return new CenterPlan(
                c,
                String.format("%s-C%04d", prefix, c + 1),
                String.format("%s %s %04d (sintético)", type, place[1], c + 1),
                type,
                place[0],
                place[1],
                new BigDecimal(place[2]).add(jitter),
                new BigDecimal(place[3]).subtract(jitter),
                50 + random.nextInt(0, 40) * 10,
                phase,
                since,
                min(origin.plusDays(30), today),
                all.subList(0, milestoneCount));
    }

    /**
     * The eight standard milestones (the works ones dated from the packages) and custom ones. Those
     * the phase has passed are reached: they have an actual date, never after today.
     */
    private List<MilestonePlan> milestones(
            LocalDate origin, Phase phase, List<PackagePlan> own, int count) {
        LocalDate firstStart =
                own.stream()
                        .map(PackagePlan::plannedStart)
                        .min(LocalDate::compareTo)
                        .orElse(origin.plusDays(260));
        LocalDate lastEnd =
                own.stream()
                        .map(PackagePlan::plannedEnd)
                        .max(LocalDate::compareTo)
                        .orElse(origin.plusDays(600));
        boolean worksStarted = own.stream().anyMatch(PackagePlan::underWayOrDone);
        int reached =
                switch (phase) {
                    case EVALUATION -> 0;
                    case PARTNERSHIP -> 1;
                    case PRELIMINARY_PROJECT -> 2;
                    case WORKS -> worksStarted ? 5 : 3;
                    case INAUGURATION -> 7;
                    case COMPLETED -> 8;
                };
        LocalDate[] baselines = {
            origin.plusDays(30),
            origin.plusDays(100),
            origin.plusDays(180),
            firstStart.minusDays(20),
            firstStart,
            lastEnd,
            lastEnd.plusDays(30),
            lastEnd.plusDays(60)
        };
        List<MilestonePlan> plans = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            boolean standard = k < baselines.length;
            LocalDate baseline = standard ? baselines[k] : origin.plusDays(45L * (k - 7) + 20);
            boolean done = standard ? k < reached : baseline.isBefore(today.minusDays(30));
            MilestoneKind kind = standard ? MilestoneKind.values()[k] : MilestoneKind.CUSTOM;
            String name = standard ? STANDARD_NAMES[k] : "Hito adicional " + (k - 7);
            plans.add(
                    done
                            ? new MilestonePlan(
                                    kind,
                                    name,
                                    baseline,
                                    null,
                                    min(baseline.plusDays(random.nextInt(-10, 26)), today))
                            : new MilestonePlan(
                                    kind,
                                    name,
                                    baseline,
                                    baseline.plusDays(random.nextInt(0, 91)),
                                    null));
        }
        return plans;
    }

    private PackagePlan workPackage(int index, int center, int j, Phase phase) {
        WorkPackageStatus status =
                switch (phase) {
                    case EVALUATION, PARTNERSHIP, PRELIMINARY_PROJECT -> WorkPackageStatus.PLANNED;
                    case WORKS ->
                            j % 4 == 0
                                    ? WorkPackageStatus.COMPLETED
                                    : j % 4 == 3
                                            ? WorkPackageStatus.PLANNED
                                            : WorkPackageStatus.IN_PROGRESS;
                    case INAUGURATION, COMPLETED -> WorkPackageStatus.COMPLETED;
                };
        LocalDate start;
        LocalDate end;
        BigDecimal percent;
        switch (status) {
            case COMPLETED -> {
                int days = random.nextInt(120, 361);
                LocalDate latest = today.minusDays(15);
                LocalDate earliest = min(WORKS_FROM.plusDays(days), latest);
                end = earliest.plusDays(random.nextLong(0, DAYS.between(earliest, latest) + 1));
                start = end.minusDays(days);
                percent = BigDecimal.valueOf(100).setScale(2);
            }
            case IN_PROGRESS -> {
                start = max(WORKS_FROM, today.minusDays(random.nextInt(60, 601)));
                end = today.plusDays(random.nextInt(30, 401));
                double elapsed = (double) DAYS.between(start, today) / DAYS.between(start, end);
                double target =
                        Math.min(
                                95,
                                Math.max(1, elapsed * 100 * (0.75 + 0.3 * random.nextDouble())));
                percent = BigDecimal.valueOf(target).setScale(2, RoundingMode.HALF_UP);
            }
            default -> {
                start = today.plusDays(random.nextInt(20, 301));
                end = start.plusDays(random.nextInt(120, 421));
                percent = BigDecimal.ZERO.setScale(2);
            }
        }
        int source = index % GRANT_CURRENCIES.length;
        String currency =
                GRANT_CURRENCIES[source].equals("HNL") || random.nextDouble() < 0.6 ? "HNL" : "USD";
        BigDecimal budget =
                currency.equals("HNL")
                        ? BigDecimal.valueOf(500 + random.nextInt(0, 14_500))
                                .multiply(BigDecimal.valueOf(1000))
                        : BigDecimal.valueOf(200 + random.nextInt(0, 5_800))
                                .multiply(BigDecimal.valueOf(100));
        boolean contracted = status != WorkPackageStatus.PLANNED;
        BigDecimal contract =
                contracted
                        ? budget.multiply(BigDecimal.valueOf(0.85 + 0.13 * random.nextDouble()))
                                .setScale(2, RoundingMode.HALF_UP)
                        : null;
        BudgetCategory category =
                j % 5 == 3
                        ? BudgetCategory.EQUIPMENT
                        : j % 7 == 6 ? BudgetCategory.SUPERVISION : BudgetCategory.CONSTRUCTION;
        String title = WORKS[(center + j) % WORKS.length] + " (lote " + (j + 1) + ")";
        return new PackagePlan(
                index,
                center,
                String.format("%s-WP%05d", prefix, index + 1),
                title,
                category,
                source,
                contracted ? index % CONTRACTORS : -1,
                currency,
                budget.setScale(2),
                contract,
                start,
                end,
                status,
                percent.setScale(2),
                0,
                0);
    }

    /** Spreads the progress reports and payments evenly over the packages under way or done. */
    private void spreadActivity(PortfolioSize size) {
        int active = (int) packages.stream().filter(PackagePlan::underWayOrDone).count();
        int a = 0;
        for (int i = 0; i < packages.size(); i++) {
            PackagePlan p = packages.get(i);
            if (p.underWayOrDone()) {
                packages.set(
                        i,
                        p.withActivity(
                                PortfolioSize.share(size.progressReports(), active, a),
                                PortfolioSize.share(size.payments(), active, a)));
                a++;
            }
        }
        if (active == 0 && (size.progressReports() > 0 || size.payments() > 0)) {
            throw new IllegalStateException(
                    "No works package under way to carry progress reports and payments");
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
