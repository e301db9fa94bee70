package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.rehabtrack.audit.HistoryEntryView;
import org.rehabtrack.report.HistoryColumns.History;

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
            int[] widths = ReportColumn.widths(History.values());
            sheet.columns(widths);
            sheet.titleBlock(title, context.titleLines(filters))
                    .header(context.columns(History.values()));
            for (HistoryEntryView entry : entries) {
                List<HistoryEntryView.FieldChange> changes =
                        entry.changes().isEmpty()
                                ? List.of(new HistoryEntryView.FieldChange(null, null, null))
                                : entry.changes();
                for (HistoryEntryView.FieldChange change : changes) {
                    sheet.row()
                            .dateTime(History.WHEN.index(), entry.at(), context.zone())
                            .text(History.USER.index(), entry.user())
                            .text(History.RECORD.index(), entry.record())
                            .integer(History.RECORD_ID.index(), entry.recordId())
                            .text(
                                    History.ACTION.index(),
                                    context.label("report.history.action." + entry.action()))
                            .text(History.FIELD.index(), change.field())
                            .typed(History.OLD_VALUE.index(), change.old())
                            .typed(History.NEW_VALUE.index(), change.value());
                }
            }
            sheet.finish(widths);
            return workbook.file();
        }
    }
}
