package org.rehabtrack.preliminary;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bill-of-quantities workbook of a million rows (or as many as asked) in about 5 MB, the
 * hostile upload the streaming reader must refuse quickly and cheaply: the nine headers, then rows
 * of two number cells (4.9 MiB, under the 5 MB upload limit). The sheet expands to about 57 MB,
 * under the 64 MB a part may expand to, so it is the row limit, met while streaming, that refuses
 * it. Written as raw SpreadsheetML with the JDK's zip alone, so it runs with nothing on the class
 * path ({@code java -cp target/test-classes org.rehabtrack.preliminary.MillionRowWorkbook
 * out.xlsx}).
 */
public final class MillionRowWorkbook {

    private static final String[] HEADERS = {
        "Chapter code",
        "Chapter",
        "Item code",
        "Description",
        "Unit",
        "Quantity",
        "Unit price",
        "Currency",
        "Amount"
    };

    private MillionRowWorkbook() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "million-rows.xlsx");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        write(out, rows);
        System.out.println(out + ": " + rows + " rows, " + Files.size(out) + " bytes");
    }

    /** Writes the workbook: a header row, then {@code rows} data rows. */
    public static void write(Path file, int rows) throws IOException {
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                ZipOutputStream zip = new ZipOutputStream(stream)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(
                    zip,
                    "_rels/.rels",
                    """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="xl/workbook.xml"/></Relationships>""");
            entry(
                    zip,
                    "xl/workbook.xml",
                    """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="BoQ" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                    Target="worksheets/sheet1.xml"/></Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            xml.write(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            + "<row r=\"1\">");
            for (String header : HEADERS) {
                xml.write("<c t=\"inlineStr\"><is><t>" + header + "</t></is></c>");
            }
            xml.write("</row>");
            for (int r = 2; r <= rows + 1; r++) {
                xml.write("<row r=\"" + r + "\"><c><v>" + r + "</v></c><c><v>1</v></c></row>");
            }
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
