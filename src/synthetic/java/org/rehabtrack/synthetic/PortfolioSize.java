package org.rehabtrack.synthetic;

import java.util.Locale;

/**
 * How big a synthetic portfolio is: total rows of each kind, spread evenly over the centers (works
 * packages) and over the packages under way (progress reports, payments). M is a tenth of L.
 */
public record PortfolioSize(
        int centers,
        int workPackages,
        int progressReports,
        int payments,
        int findings,
        int milestones) {

    public static final PortfolioSize M = new PortfolioSize(50, 1_000, 20_000, 100_000, 2_500, 500);
    public static final PortfolioSize L =
            new PortfolioSize(500, 10_000, 200_000, 1_000_000, 25_000, 5_000);

    public PortfolioSize {
        if (centers < 1
                || workPackages < 0
                || progressReports < 0
                || payments < 0
                || findings < 0
                || milestones < 0) {
            throw new IllegalArgumentException("A portfolio needs a center and no negative counts");
        }
        if (workPackages == 0 && (progressReports > 0 || payments > 0)) {
            throw new IllegalArgumentException("Progress reports and payments need works packages");
        }
    }

    /** The size named by {@code rehabtrack.synthetic.size}: M or L, in any case. */
    public static PortfolioSize parse(String name) {
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "M" -> M;
            case "L" -> L;
            default ->
                    throw new IllegalArgumentException(
                            "rehabtrack.synthetic.size must be M or L, not '" + name + "'");
        };
    }

    /**
     * The share of {@code total} that part {@code index} of {@code parts} gets: the first ones take
     * one more.
     */
    static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }
}
