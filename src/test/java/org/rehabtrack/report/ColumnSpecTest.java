package org.rehabtrack.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The columns of every sheet, each given once with its enum constant's {@link ColumnSpec}. */
class ColumnSpecTest {

    /** The classes that list the sheets' columns, one enum per sheet. */
    private static final List<Class<?>> LISTS =
            List.of(
                    ProgressColumns.class,
                    BudgetColumns.class,
                    FindingsColumns.class,
                    HistoryColumns.class);

    /** Every sheet's columns, found in the lists, so that a sheet added later is checked too. */
    private static List<ReportColumn[]> sheets() {
        List<ReportColumn[]> sheets = new ArrayList<>();
        for (Class<?> list : LISTS) {
            for (Class<?> sheet : list.getDeclaredClasses()) {
                if (sheet.isEnum() && ReportColumn.class.isAssignableFrom(sheet)) {
                    sheets.add((ReportColumn[]) sheet.getEnumConstants());
                }
            }
        }
        return sheets;
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ColumnSpecTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everySheetListsItsColumnsInTheirPlaces() {
        List<ReportColumn[]> sheets = sheets();
        assertEquals(12, sheets.size(), "progress 5, budget 3, findings 2, history 2");
        for (ReportColumn[] columns : sheets) {
            for (int i = 0; i < columns.length; i++) {
                assertEquals(i, columns[i].index(), columns[i] + " stands at its ordinal");
            }
        }
    }

    @Test
    void everyColumnReadsItsKeyAndWidthFromItsSpec() {
        for (ReportColumn[] columns : sheets()) {
            assertArrayEquals(
                    Arrays.stream(columns).mapToInt(c -> c.spec().width()).toArray(),
                    ReportColumn.widths(columns));
            for (ReportColumn column : columns) {
                assertEquals(column.spec().key(), column.key());
                assertTrue(column.width() > 0, column + " has a width");
            }
        }
        assertEquals("physicalProgress", ProgressColumns.Summary.PHYSICAL_PROGRESS.key());
        assertEquals(12, ProgressColumns.Summary.PHYSICAL_PROGRESS.width());
        assertEquals("usd", BudgetColumns.Transactions.USD.key());
        assertEquals(16, BudgetColumns.Transactions.USD.width());
    }

    @Test
    void everyColumnHasAHeaderLabelInEnglishAndSpanish() throws IOException {
        for (String file : List.of("i18n/messages.properties", "i18n/messages_es.properties")) {
            Properties labels = bundle(file);
            for (ReportColumn[] columns : sheets()) {
                for (ReportColumn column : columns) {
                    String key = "report.col." + column.key();
                    assertTrue(labels.containsKey(key), file + " labels " + column + ": " + key);
                }
            }
        }
    }

    @Test
    void aColumnNeedsAKeyAndAWidth() {
        assertThrows(IllegalArgumentException.class, () -> new ColumnSpec(" ", 10));
        assertThrows(IllegalArgumentException.class, () -> new ColumnSpec(null, 10));
        assertThrows(IllegalArgumentException.class, () -> new ColumnSpec("center", 0));
        assertEquals(new ColumnSpec("center", 16), ProgressColumns.Summary.CENTER.spec());
    }
}
