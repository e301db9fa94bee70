package org.rehabtrack.fielddata;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

/**
 * Reads the XLSX of submissions KoboToolbox exports with "XML values and headers": the first sheet
 * has a row per submission, the sheet {@code findings} a row per finding, joined to its submission
 * by {@code _submission__uuid} (or {@code _parent_index}). Headers may carry their groups ({@code
 * measurements/beds}); numbers and dates may be text or real cells, as Kobo's "store date and
 * number responses as text" option chooses.
 */
final class KoboWorkbook {

    private KoboWorkbook() {}

    static List<Submission> read(InputStream xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx)) {
            List<Map<String, String>> main = rows(workbook.getSheetAt(0));
            if (!main.isEmpty() && main.stream().noneMatch(row -> row.containsKey("_uuid"))) {
                // Kobo gives every submission its _uuid: a workbook without is no Kobo export
                throw Refusal.refused(Reason.UNSUPPORTED_MEDIA_TYPE, "import.unreadable");
            }
            Sheet findingsSheet = workbook.getSheet(EvaluationForm.FINDINGS);
            List<Map<String, String>> findings =
                    findingsSheet == null ? List.of() : rows(findingsSheet);
            Map<String, List<Map<String, String>>> byParent = new HashMap<>();
            for (Map<String, String> finding : findings) {
                String parent = finding.get("_submission__uuid");
                if (parent == null) {
                    parent = "#" + finding.get("_parent_index");
                }
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(finding);
            }
            List<Submission> submissions = new ArrayList<>();
            for (int i = 0; i < main.size(); i++) {
                Map<String, String> answers = main.get(i);
                String uuid = answers.get("_uuid");
                List<Map<String, String>> own = new ArrayList<>();
                own.addAll(byParent.getOrDefault(uuid, List.of()));
                own.addAll(byParent.getOrDefault("#" + answers.get("_index"), List.of()));
                String root = answers.get("rootUuid");
                submissions.add(
                        new Submission(
                                Submission.prefixed(root != null ? root : uuid),
                                i + 2,
                                answers,
                                own));
            }
            return submissions;
        }
    }

    /** The sheet's rows under its header, each answer by question name, empty cells left out. */
    private static List<Map<String, String>> rows(Sheet sheet) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        List<Map<String, String>> rows = new ArrayList<>();
        if (header == null) {
            return rows;
        }
        Map<Integer, String> names = new HashMap<>();
        for (Cell cell : header) {
            String name = text(cell);
            if (name != null) {
                names.put(cell.getColumnIndex(), questionName(name));
            }
        }
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> answers = new LinkedHashMap<>();
            for (Cell cell : row) {
                String name = names.get(cell.getColumnIndex());
                String value = text(cell);
                if (name != null && value != null) {
                    answers.put(name, value);
                }
            }
            if (!answers.isEmpty()) {
                rows.add(answers);
            }
        }
        return rows;
    }

    /** The question a header names: {@code measurements/beds} is {@code beds}. */
    static String questionName(String header) {
        return header.substring(header.lastIndexOf('/') + 1).strip();
    }

    /**
     * A cell as the text the phone sent: a number as written ({@code 1250.5}), a date cell as
     * {@code 2024-03-15}, text stripped; null when empty.
     */
    private static String text(Cell cell) {
        CellType type =
                cell.getCellType() == CellType.FORMULA
                        ? cell.getCachedFormulaResultType()
                        : cell.getCellType();
        String value =
                switch (type) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC ->
                            DateUtil.isCellDateFormatted(cell)
                                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                                    : new BigDecimal(
                                                    NumberToTextConverter.toText(
                                                            cell.getNumericCellValue()))
                                            .toPlainString();
                    case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                    default -> null;
                };
        return value == null || value.isBlank() ? null : value.strip();
    }
}
