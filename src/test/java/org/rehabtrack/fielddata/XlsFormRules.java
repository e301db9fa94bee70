package org.rehabtrack.fielddata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rules of the XLSForm specification (xlsform.org) that pyxform, the converter KoboToolbox and
 * ODK Central both use, enforces or that ODK Validate adds: a form breaking one of them is refused
 * on upload. Each rule gives what it found wrong; an empty list is a form those tools accept. The
 * rules and their sources are in docs/field-data.md.
 */
final class XlsFormRules {

    private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.-]*");
    private static final Pattern LANGUAGE_COLUMN =
            Pattern.compile(
                    "(label|hint|constraint_message|required_message)::(.+) \\(([a-z]{2,3})\\)");
    private static final Pattern SELECT = Pattern.compile("(select_one|select_multiple) (\\S+)");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PARAMETER = Pattern.compile("([a-z-]+)=(\\S+)");
    private static final Set<String> TYPES =
            Set.of(
                    "text",
                    "integer",
                    "decimal",
                    "date",
                    "time",
                    "dateTime",
                    "geopoint",
                    "geotrace",
                    "geoshape",
                    "image",
                    "audio",
                    "video",
                    "file",
                    "barcode",
                    "note",
                    "acknowledge",
                    "calculate",
                    "hidden",
                    "start",
                    "end",
                    "today",
                    "deviceid",
                    "username",
                    "begin_group",
                    "end_group",
                    "begin_repeat",
                    "end_repeat");
    private static final Set<String> NO_LABEL =
            Set.of("calculate", "hidden", "start", "end", "today", "deviceid", "username");
    private static final Set<String> YES_NO = Set.of("yes", "no", "true", "false");
    private static final Map<String, Set<String>> PARAMETERS =
            Map.of(
                    "image", Set.of("max-pixels", "app"),
                    "geopoint",
                            Set.of("capture-accuracy", "warning-accuracy", "allow-mock-accuracy"),
                    "text", Set.of("rows"));

    private final List<String> problems = new ArrayList<>();

    private XlsFormRules() {}

    /** What the workbook breaks of XLSForm's rules; empty when it keeps them all. */
    static List<String> check(byte[] xlsx) {
        XlsFormRules rules = new XlsFormRules();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            rules.checkWorkbook(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules.problems;
    }

    private void checkWorkbook(Workbook workbook) {
        Sheet survey = workbook.getSheet("survey");
        Sheet choices = workbook.getSheet("choices");
        Sheet settings = workbook.getSheet("settings");
        if (survey == null) {
            problems.add("no sheet named survey");
            return;
        }
        List<Map<String, String>> questions = rows(survey);
        List<Map<String, String>> answers = choices == null ? List.of() : rows(choices);
        Set<String> languages = languages(survey, "survey");
        if (choices != null) {
            Set<String> choiceLanguages = languages(choices, "choices");
            if (!choiceLanguages.equals(languages)) {
                problems.add(
                        "choices are labelled in "
                                + choiceLanguages
                                + ", questions in "
                                + languages);
            }
        }
        Map<String, Set<String>> lists = checkChoices(answers, languages);
        Set<String> names = checkQuestions(questions, lists, languages);
        checkReferences(questions, names);
        if (settings != null) {
            checkSettings(rows(settings), languages, names);
        }
    }

    /** The languages of the sheet's label columns; a bare label column beside them is a fault. */
    private Set<String> languages(Sheet sheet, String name) {
        Set<String> languages = new HashSet<>();
        boolean bareLabel = false;
        for (String header : headers(sheet)) {
            if (header.equals("label")) {
                bareLabel = true;
            } else if (header.contains("::")) {
                Matcher m = LANGUAGE_COLUMN.matcher(header);
                if (!m.matches()) {
                    problems.add(name + ": column " + header + " names no language code like (es)");
                } else if (m.group(1).equals("label")) {
                    languages.add(m.group(2) + " (" + m.group(3) + ")");
                }
            }
        }
        if (bareLabel && !languages.isEmpty()) {
            problems.add(name + ": a bare label column beside label::language columns");
        }
        if (!bareLabel && languages.isEmpty()) {
            problems.add(name + ": no label column");
        }
        return languages;
    }

    private Map<String, Set<String>> checkChoices(
            List<Map<String, String>> answers, Set<String> languages) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            Map<String, String> answer = answers.get(i);
            String where = "choices row " + (i + 2);
            String list = answer.get("list_name");
            String name = answer.get("name");
            if (list == null || name == null) {
                problems.add(where + ": no list_name or no name");
                continue;
            }
            if (!NCNAME.matcher(list).matches()) {
                problems.add(where + ": list name " + list + " is not an XML name");
            }
            if (name.contains(" ")) {
                problems.add(where + ": choice name " + name + " has a space");
            }
            if (!lists.computeIfAbsent(list, l -> new HashSet<>()).add(name)) {
                problems.add(where + ": choice " + name + " twice in list " + list);
            }
            for (String language : languages) {
                if (answer.get("label::" + language) == null) {
                    problems.add(where + ": no label in " + language);
                }
            }
        }
        return lists;
    }

    /** Checks each question; answers every name the survey gives, for the references. */
    private Set<String> checkQuestions(
            List<Map<String, String>> questions,
            Map<String, Set<String>> lists,
            Set<String> languages) {
        Set<String> names = new HashSet<>();
        Deque<String[]> open = new ArrayDeque<>();
        Deque<Integer> childrenOf = new ArrayDeque<>();
        for (int i = 0; i < questions.size(); i++) {
            Map<String, String> q = questions.get(i);
            String where = "survey row " + (i + 2);
            String type = q.get("type");
            String name = q.get("name");
            if (type == null) {
                if (name != null || q.values().stream().anyMatch(v -> v != null)) {
                    problems.add(where + ": a question with no type");
                }
                continue;
            }
            Matcher select = SELECT.matcher(type);
            String base = select.matches() ? "select" : type;
            if (select.matches() && !lists.containsKey(select.group(2))) {
                problems.add(where + ": list " + select.group(2) + " is not in the choices sheet");
            }
            if (!select.matches() && !TYPES.contains(type)) {
                problems.add(where + ": unknown question type " + type);
            }
            if (type.startsWith("end_")) {
                String kind = type.substring(4);
                if (open.isEmpty() || !open.peek()[0].equals(kind)) {
                    problems.add(where + ": " + type + " with no begin_" + kind + " open");
                } else {
                    if (childrenOf.pop() == 0) {
                        problems.add(
                                where + ": " + kind + " " + open.peek()[1] + " holds no question");
                    }
                    open.pop();
                }
                continue;
            }
            if (!childrenOf.isEmpty()) {
                childrenOf.push(childrenOf.pop() + 1);
            }
            if (name == null) {
                problems.add(where + ": a question with no name");
            } else {
                if (!NCNAME.matcher(name).matches()) {
                    problems.add(where + ": name " + name + " is not an XML name");
                }
                if (name.equals("meta")) {
                    problems.add(where + ": the name meta is reserved");
                }
                if (!names.add(name)) {
                    problems.add(where + ": name " + name + " is used twice");
                }
            }
            if (!NO_LABEL.contains(type)) {
                for (String language : languages) {
                    if (q.get("label::" + language) == null) {
                        problems.add(where + ": " + name + " has no label in " + language);
                    }
                }
            }
            String required = q.get("required");
            if (required != null && !YES_NO.contains(required.toLowerCase())) {
                problems.add(where + ": required is " + required + ", not yes or no");
            }
            checkParameters(where, base, q.get("parameters"));
            if (q.get("constraint") != null) {
                for (String language : languages) {
                    if (q.get("constraint_message::" + language) == null) {
                        problems.add(where + ": a constraint with no message in " + language);
                    }
                }
            }
            if (type.startsWith("begin_")) {
                open.push(new String[] {type.substring(6), name});
                childrenOf.push(0);
            }
        }
        open.forEach(o -> problems.add("begin_" + o[0] + " " + o[1] + " is never ended"));
        return names;
    }

    private void checkParameters(String where, String type, String parameters) {
        if (parameters == null) {
            if (type.equals("image")) {
                problems.add(where + ": an image with no max-pixels (pyxform warns)");
            }
            return;
        }
        for (String parameter : parameters.split("[ ;,]+")) {
            Matcher m = PARAMETER.matcher(parameter);
            if (!m.matches() || !PARAMETERS.getOrDefault(type, Set.of()).contains(m.group(1))) {
                problems.add(
                        where + ": parameter " + parameter + " is not one a " + type + " takes");
            } else if (m.group(1).equals("max-pixels") && !m.group(2).matches("\\d+")) {
                problems.add(where + ": max-pixels " + m.group(2) + " is not a whole number");
            }
        }
    }

    /** Every ${name} in an expression names a question of the form. */
    private void checkReferences(List<Map<String, String>> questions, Set<String> names) {
        for (int i = 0; i < questions.size(); i++) {
            for (Map.Entry<String, String> cell : questions.get(i).entrySet()) {
                if (cell.getKey().equals("type")
                        || cell.getKey().equals("name")
                        || cell.getValue() == null) {
                    continue;
                }
                Matcher m = REFERENCE.matcher(cell.getValue());
                while (m.find()) {
                    if (!names.contains(m.group(1))) {
                        problems.add(
                                "survey row "
                                        + (i + 2)
                                        + ": ${"
                                        + m.group(1)
                                        + "} names no question");
                    }
                }
            }
        }
    }

    private void checkSettings(
            List<Map<String, String>> settings, Set<String> languages, Set<String> names) {
        if (settings.size() != 1) {
            problems.add("settings: " + settings.size() + " rows, not one");
            return;
        }
        Map<String, String> s = settings.get(0);
        String formId = s.get("form_id");
        if (formId == null || !formId.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
            problems.add("settings: form_id " + formId + " is not a plain identifier");
        }
        if (s.get("version") == null) {
            problems.add("settings: no version (ODK Central needs one to publish the form anew)");
        }
        String language = s.get("default_language");
        if (language != null && !languages.contains(language)) {
            problems.add("settings: default_language " + language + " is none of " + languages);
        }
        String instanceName = s.get("instance_name");
        if (instanceName != null) {
            Matcher m = REFERENCE.matcher(instanceName);
            while (m.find()) {
                if (!names.contains(m.group(1))) {
                    problems.add("settings: instance_name names no question " + m.group(1));
                }
            }
        }
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        Row row = sheet.getRow(0);
        if (row != null) {
            for (Cell cell : row) {
                headers.add(text(cell));
            }
        }
        return headers;
    }

    /** The sheet's rows below the header, each by column name; empty cells are null. */
    private List<Map<String, String>> rows(Sheet sheet) {
        List<String> headers = headers(sheet);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = row == null ? null : row.getCell(c);
                String value = cell == null ? null : text(cell);
                if (cell != null
                        && cell.getCellType() != CellType.STRING
                        && cell.getCellType() != CellType.BLANK) {
                    problems.add(
                            sheet.getSheetName() + " row " + (r + 1) + ": a cell that is not text");
                }
                values.put(headers.get(c), value == null || value.isBlank() ? null : value);
            }
            rows.add(values);
        }
        return rows;
    }

    private static String text(Cell cell) {
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString();
    }
}
