package org.rehabtrack.report;

/** Checks on user text bound for a spreadsheet. */
final class Texts {

    private Texts() {}

    /**
     * Whether a spreadsheet could take the text for a formula: it starts with =, +, -, @, a tab or
     * a carriage return (OWASP, CSV injection). Such text is written quote-prefixed.
     */
    static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
