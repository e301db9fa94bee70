package org.rehabtrack.fielddata;

import java.util.List;
import org.rehabtrack.system.Bilingual;

/**
 * A form in the XLSForm standard (xlsform.org), which KoboToolbox and ODK turn into the form their
 * phone applications fill offline: the questions of its {@code survey} sheet, the answers of its
 * {@code choices} sheet and its {@code settings}.
 */
record XlsForm(List<Question> survey, List<Choice> choices, Settings settings) {

    /** The language columns every label, hint and message is written in, Spanish first. */
    static final String SPANISH = "Español (es)";

    static final String ENGLISH = "English (en)";

    /**
     * One row of the survey sheet: a question, or the start or end of a group or repeat. Every
     * column but type, name and label may be left empty (null). Built once, fluently, then only
     * read.
     */
    static final class Question {

        final String type;
        final String name;
        final Bilingual label;
        Bilingual hint;
        boolean required;
        String constraint;
        Bilingual constraintMessage;
        String relevant;
        String appearance;
        String parameters;
        String defaultValue;

        private Question(String type, String name, Bilingual label) {
            this.type = type;
            this.name = name;
            this.label = label;
        }

        static Question of(String type, String name, Bilingual label) {
            return new Question(type, name, label);
        }

        /** The end of a group or repeat, which has no name or label of its own. */
        static Question end(String type) {
            return new Question(type, null, null);
        }

        Question hint(Bilingual text) {
            hint = text;
            return this;
        }

        Question required() {
            required = true;
            return this;
        }

        /** An XPath expression the answer ({@code .}) must satisfy, and what to say when not. */
        Question constraint(String expression, Bilingual message) {
            constraint = expression;
            constraintMessage = message;
            return this;
        }

        /** An XPath expression that shows the question only when true. */
        Question relevant(String expression) {
            relevant = expression;
            return this;
        }

        Question appearance(String value) {
            appearance = value;
            return this;
        }

        Question parameters(String value) {
            parameters = value;
            return this;
        }

        Question defaultValue(String value) {
            defaultValue = value;
            return this;
        }
    }

    /** One answer of a choice list: its list, the value stored, and its label. */
    record Choice(String listName, String name, Bilingual label) {}

    /**
     * The settings sheet: the title phones show, the form's identifier and version on the server,
     * the language shown first, and the expression naming each filled form in lists.
     */
    record Settings(String formTitle, String formId, String version, String instanceName) {}
}
