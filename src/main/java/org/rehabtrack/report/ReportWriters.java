package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The workbooks written from a report context, by report name: {@code progress}, {@code budget} and
 * {@code findings}. Each is written once a slot is free ({@link ReportSlots}), whether asked for by
 * a reader, written again from the archive, or sent by a schedule.
 */
@ApplicationScoped
public class ReportWriters {

    /** The reports written from a context, in the order they are listed. */
    public static final List<String> REPORTS = List.of("progress", "budget", "findings");

    private final ProgressWorkbook progress;
    private final BudgetReport budget;
    private final FindingsReport findings;
    private final ReportSlots slots;

    ReportWriters(
            ProgressWorkbook progress,
            BudgetReport budget,
            FindingsReport findings,
            ReportSlots slots) {
        this.progress = progress;
        this.budget = budget;
        this.findings = findings;
        this.slots = slots;
    }

    /** Whether a report is one written from a context (the history workbook is not). */
    public static boolean writes(String report) {
        return REPORTS.contains(report);
    }

    /** Writes a report once a slot is free; an unknown report is a programming error. */
    WorkbookFile write(String report, ReportContext context) {
        return switch (report) {
            case "progress" -> slots.write(report, () -> progress.write(context));
            case "budget" -> slots.write(report, () -> budget.write(context));
            case "findings" -> slots.write(report, () -> findings.write(context));
            default -> throw new IllegalArgumentException("No workbook is written for " + report);
        };
    }
}
