package org.rehabtrack.iati;

import static org.rehabtrack.iati.IatiDocument.attribute;
import static org.rehabtrack.iati.IatiDocument.child;
import static org.rehabtrack.iati.IatiDocument.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Node;

/**
 * The IATI rules a schema cannot check, each answering what breaks it in a document (none when it
 * holds): the checks IATI's validator makes of dates, values, budgets and identifiers.
 */
final class IatiRules {

    private IatiRules() {}

    /** Every rule, by name. */
    static List<String> all(IatiDocument document, LocalDate today) {
        List<String> broken = new ArrayList<>();
        broken.addAll(startsBeforeEnds(document));
        broken.addAll(transactionsNotInTheFuture(document, today));
        broken.addAll(valueDatesPresent(document));
        broken.addAll(budgetsWithinAYear(document));
        broken.addAll(identifiersUniqueAndPrefixed(document));
        return broken;
    }

    /** An activity's planned and actual start are not after its planned and actual end. */
    static List<String> startsBeforeEnds(IatiDocument document) {
        List<String> broken = new ArrayList<>();
        for (Node activity : document.activities()) {
            for (String[] pair : new String[][] {{"1", "3"}, {"2", "4"}}) {
                String start =
                        document.value(
                                activity, "activity-date[@type='" + pair[0] + "']/@iso-date");
                String end =
                        document.value(
                                activity, "activity-date[@type='" + pair[1] + "']/@iso-date");
                if (start != null
                        && end != null
                        && LocalDate.parse(start).isAfter(LocalDate.parse(end))) {
                    broken.add(
                            identifier(document, activity) + ": starts " + start + ", ends " + end);
                }
            }
        }
        return broken;
    }

    /** No transaction is dated after the day the document was made. */
    static List<String> transactionsNotInTheFuture(IatiDocument document, LocalDate today) {
        List<String> broken = new ArrayList<>();
        for (Node activity : document.activities()) {
            for (String date :
                    document.values(activity, "transaction/transaction-date/@iso-date")) {
                if (LocalDate.parse(date).isAfter(today)) {
                    broken.add(identifier(document, activity) + ": a transaction of " + date);
                }
            }
        }
        return broken;
    }

    /** Every value of a budget or a transaction says the date it is valued on. */
    static List<String> valueDatesPresent(IatiDocument document) {
        List<String> broken = new ArrayList<>();
        for (Node activity : document.activities()) {
            List<Node> values = new ArrayList<>();
            children(activity, "budget").forEach(b -> values.add(child(b, "value")));
            children(activity, "transaction").forEach(t -> values.add(child(t, "value")));
            for (Node value : values) {
                String date = attribute(value, "value-date");
                if (date == null || date.isBlank()) {
                    broken.add(identifier(document, activity) + ": a value of no date");
                } else {
                    LocalDate.parse(date);
                }
            }
        }
        return broken;
    }

    /** Every budget's period starts before it ends and lasts no more than a year. */
    static List<String> budgetsWithinAYear(IatiDocument document) {
        List<String> broken = new ArrayList<>();
        for (Node activity : document.activities()) {
            for (Node budget : children(activity, "budget")) {
                LocalDate start =
                        LocalDate.parse(attribute(child(budget, "period-start"), "iso-date"));
                LocalDate end = LocalDate.parse(attribute(child(budget, "period-end"), "iso-date"));
                if (!start.isBefore(end) || end.isAfter(start.plusYears(1).minusDays(1))) {
                    broken.add(
                            identifier(document, activity)
                                    + ": a budget from "
                                    + start
                                    + " to "
                                    + end);
                }
            }
        }
        return broken;
    }

    /**
     * Every activity's identifier is unique in the document and begins with its reporting
     * organisation's identifier and a hyphen.
     */
    static List<String> identifiersUniqueAndPrefixed(IatiDocument document) {
        List<String> broken = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node activity : document.activities()) {
            String identifier = identifier(document, activity);
            String reporter = attribute(child(activity, "reporting-org"), "ref");
            if (!seen.add(identifier)) {
                broken.add(identifier + ": twice");
            }
            if (reporter == null || !identifier.startsWith(reporter + "-")) {
                broken.add(identifier + ": not prefixed by " + reporter);
            }
        }
        return broken;
    }

    private static String identifier(IatiDocument document, Node activity) {
        return child(activity, "iati-identifier").getTextContent();
    }

    /** The date of an activity-date of a type, or null. */
    private static String date(Node activity, String type) {
        return children(activity, "activity-date").stream()
                .filter(d -> type.equals(attribute(d, "type")))
                .map(d -> attribute(d, "iso-date"))
                .findFirst()
                .orElse(null);
    }
}
