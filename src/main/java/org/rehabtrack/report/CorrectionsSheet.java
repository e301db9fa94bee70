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
        int[] widths = {16, 20, 14, 18, 10, 12, 16, 14, 14};
        sheet.columns(widths);
        sheet.titleBlock(title, context.titleLines(lines))
                .header(
                        context.columns(
                                "center",
                                "when",
                                "user",
                                "record",
                                "recordId",
                                "action",
                                "field",
                                "oldValue",
                                "newValue"));
        for (Correction correction : corrections) {
            HistoryEntryView entry = correction.entry();
            for (HistoryEntryView.FieldChange change : entry.changes()) {
                sheet.row()
                        .text(0, codes.get(correction.center()))
                        .dateTime(1, entry.at(), context.zone())
                        .text(2, entry.user())
                        .text(3, entry.record())
                        .integer(4, entry.recordId())
                        .text(5, context.label("report.history.action." + entry.action()))
                        .text(6, change.field())
                        .typed(7, change.old())
                        .typed(8, change.value());
            }
        }
        sheet.finish(widths);
    }
}
