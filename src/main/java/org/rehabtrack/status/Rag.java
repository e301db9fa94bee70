package org.rehabtrack.status;

import java.math.BigDecimal;
import org.rehabtrack.system.problem.Labelled;

/**
 * The red/amber/green status of a center, in the progress workbook and on the dashboard, by one
 * written rule: RED when a milestone is late, an index (SPI or CPI) is below 0.80, or a critical
 * finding is open; AMBER when a milestone is at risk, an index is below 0.95, or a high finding is
 * open; GREEN otherwise.
 */
@Labelled("report.rag")
public enum Rag {
    GREEN,
    AMBER,
    RED;

    private static final BigDecimal RED_INDEX = new BigDecimal("0.80");
    private static final BigDecimal AMBER_INDEX = new BigDecimal("0.95");

    public static Rag of(
            int lateMilestones,
            int atRiskMilestones,
            BigDecimal spi,
            BigDecimal cpi,
            int openCritical,
            int openHigh) {
        if (lateMilestones > 0
                || below(spi, RED_INDEX)
                || below(cpi, RED_INDEX)
                || openCritical > 0) {
            return RED;
        }
        if (atRiskMilestones > 0
                || below(spi, AMBER_INDEX)
                || below(cpi, AMBER_INDEX)
                || openHigh > 0) {
            return AMBER;
        }
        return GREEN;
    }

    private static boolean below(BigDecimal index, BigDecimal limit) {
        return index != null && index.compareTo(limit) < 0;
    }
}
