package org.rehabtrack.preliminary;

/**
 * The columns of the bill-of-quantities workbook, in order: the import layout, which the export
 * also writes. Headers may be in English or Spanish.
 */
enum BoqColumn {
    CHAPTER_CODE("Chapter code", "Código de capítulo"),
    CHAPTER_TITLE("Chapter", "Capítulo"),
    ITEM_CODE("Item code", "Código"),
    DESCRIPTION("Description", "Descripción"),
    UNIT("Unit", "Unidad"),
    QUANTITY("Quantity", "Cantidad"),
    UNIT_PRICE("Unit price", "Precio unitario"),
    CURRENCY("Currency", "Moneda"),
    /** Written as a formula on export, ignored on import. */
    AMOUNT("Amount", "Monto");

    private final String english;
    private final String spanish;

    BoqColumn(String english, String spanish) {
        this.english = english;
        this.spanish = spanish;
    }

    int index() {
        return ordinal();
    }

    /** The column's letter in a spreadsheet: A, B, ... */
    String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    String header(boolean spanish) {
        return spanish ? this.spanish : english;
    }

    boolean matches(String header) {
        return header != null
                && (header.strip().equalsIgnoreCase(english)
                        || header.strip().equalsIgnoreCase(spanish));
    }
}
