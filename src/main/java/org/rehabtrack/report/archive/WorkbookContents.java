package org.rehabtrack.report.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The cells of a workbook, read as a stream (never the whole workbook in memory as objects): each
 * non-empty cell as {@code Sheet!A1} and what it holds, its formula for a formula cell and its
 * value as shown otherwise, in sheet and row order. Two workbooks with the same contents have the
 * same cells, whatever their bytes (a zip's timestamps).
 */
public final class WorkbookContents {

    private WorkbookContents() {}

    public static Map<String, String> of(Path workbook) {
        Map<String, String> cells = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String sheet = sheets.getSheetName();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(
                            new XSSFSheetXMLHandler(
                                    reader.getStylesTable(),
                                    null,
                                    strings,
                                    new Collector(sheet, cells),
                                    new DataFormatter(java.util.Locale.ROOT),
                                    true));
                    parser.parse(new InputSource(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OpenXML4JException
                | SAXException
                | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(
                    "Cannot read the workbook " + workbook.getFileName(), e);
        }
        return cells;
    }

    private record Collector(String sheet, Map<String, String> cells)
            implements XSSFSheetXMLHandler.SheetContentsHandler {

        @Override
        public void startRow(int rowNum) {}

        @Override
        public void endRow(int rowNum) {}

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value != null && !value.isEmpty()) {
                cells.put(sheet + "!" + reference, value);
            }
        }
    }
}
