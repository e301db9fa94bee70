package org.rehabtrack.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.audit.Corrections.Correction;
import org.rehabtrack.audit.HistoryEntryView;

/**
 * The changes recorded after a report's cut-off date to facts dated on or before it: a line of the
 * title block says how many, and a sheet of their own lists them, so that a reader who compares the
 * workbook with one written earlier for the same date knows why they differ.
 */
final class CorrectionsSheet {

    private final List<Correction> corrections;

    CorrectionsSheet(List<Correction> corrections) {
        this.corrections = corrections;
    }

    /** The title block's lines with the note on the corrections, when there are any. */
    List<String> note(ReportContext context, List<String> lines) {
        if (corrections.isEmpty()) {
            return lines;
        }
        List<String> noted = new java.util.ArrayList<>(lines);
        noted.add(
                context.label(
                        "report.corrections.note",
                        corrections.size(),
                        context.cutOff().toString(),
                        context.label("report.corrections.sheet")));
        return noted;
    }

    /** The sheet, last in the workbook, when there are corrections. */
    void write(ReportWorkbook workbook, ReportContext context, String title, List<String> lines) {
        if (corrections.isEmpty()) {
            return;
        }
        Map<Long, String> codes = new HashMap<>();
        context.centers().forEach(c -> codes.put(c.getId(), c.getCode()));
        SheetWriter sheet = workbook.sheet(context.label("report.corrections.sheet"));
        int[] widths = ReportColumn.widths(HistoryColumns.Corrections.values());
        sheet.columns(widths);
        sheet.titleBlock(title, context.titleLines(lines))
                .header(context.columns(HistoryColumns.Corrections.values()));
        for (Correction correction : corrections) {
            HistoryEntryView entry = correction.entry();
            for (HistoryEntryView.FieldChange change : entry.changes()) {
                sheet.row()
                        .text(
                                HistoryColumns.Corrections.CENTER.index(),
                                codes.get(correction.center()))
                        .dateTime(
                                HistoryColumns.Corrections.WHEN.index(), entry.at(), context.zone())
                        .text(HistoryColumns.Corrections.USER.index(), entry.user())
                        .text(HistoryColumns.Corrections.RECORD.index(), entry.record())
                        .integer(HistoryColumns.Corrections.RECORD_ID.index(), entry.recordId())
                        .text(
                                HistoryColumns.Corrections.ACTION.index(),
                                context.label("report.history.action." + entry.action()))
                        .text(HistoryColumns.Corrections.FIELD.index(), change.field())
                        .typed(HistoryColumns.Corrections.OLD_VALUE.index(), change.old())
                        .typed(HistoryColumns.Corrections.NEW_VALUE.index(), change.value());
            }
        }
        sheet.finish(widths);
    }
}
