package org.rehabtrack.system;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one rule for user text written to any workbook: text a spreadsheet could take for a formula
 * is written as literal text, quote-prefixed, as OWASP advises against CSV and formula injection.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /**
     * Whether a spreadsheet could take the text for a formula: it starts with =, +, -, @, a tab or
     * a carriage return. Such text is written quote-prefixed.
     */
    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r';
    }

    /**
     * A new text style with Excel's quote prefix, for text that {@link #looksLikeFormula} says a
     * spreadsheet must never read as a formula. Create it once per workbook.
     */
    public static CellStyle quotedStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setQuotePrefixed(true);
        return style;
    }
}
