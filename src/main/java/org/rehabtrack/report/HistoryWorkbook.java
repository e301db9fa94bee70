package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.rehabtrack.audit.HistoryEntryView;

/**
 * A center's history as a workbook: one row per field changed, with when, who, which record, the
 * action, and the old and new value, oldest first.
 */
@ApplicationScoped
public class HistoryWorkbook {

    WorkbookFile write(
            ReportContext context, List<String> filters, List<HistoryEntryView> entries) {
        String title = context.label("report.history.title");
        try (ReportWorkbook workbook = new ReportWorkbook(context, title)) {
            SheetWriter sheet = workbook.sheet(context.label("report.history.sheet"));
            int[] widths = {20, 14, 18, 10, 12, 28, 30, 30};
            sheet.columns(widths);
            sheet.titleBlock(title, context.titleLines(filters))
                    .header(
                            context.columns(
                                    "when",
                                    "user",
                                    "record",
                                    "recordId",
                                    "action",
                                    "field",
                                    "oldValue",
                                    "newValue"));
            for (HistoryEntryView entry : entries) {
                List<HistoryEntryView.FieldChange> changes =
                        entry.changes().isEmpty()
                                ? List.of(new HistoryEntryView.FieldChange(null, null, null))
                                : entry.changes();
                for (HistoryEntryView.FieldChange change : changes) {
                    sheet.row()
                            .dateTime(0, entry.at(), context.zone())
                            .text(1, entry.user())
                            .text(2, entry.record())
                            .integer(3, entry.recordId())
                            .text(4, context.label("report.history.action." + entry.action()))
                            .text(5, change.field())
                            .typed(6, change.old())
                            .typed(7, change.value());
                }
            }
            sheet.finish(widths);
            return workbook.file();
        }
    }
}
