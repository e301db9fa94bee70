package org.rehabtrack.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rehabtrack.audit.AuditAction;
import org.rehabtrack.audit.AuditListener;
import org.rehabtrack.audit.HistoryEntryView;
import org.rehabtrack.system.problem.Messages;

/**
 * A center's changes as a manager reads them: who by name, when, what record by its name rather
 * than its id, and for a change each field in the page's language with its value before and after,
 * written as the page writes values (dates day first, numbers grouped, statuses by name, other
 * records by name). A kind, field or value the page does not know is shown as stored.
 */
final class HistoryLines {

    /** One change: when, by whom, what it did to which record, and the fields it changed. */
    record Line(
            String when,
            String who,
            AuditAction action,
            String record,
            String name,
            List<FieldLine> fields) {}

    /** A field the change set: its name, and its value before and after ("—" for none). */
    record FieldLine(String field, String old, String value) {}

    /** Fields that hold another record's id, and the kind of that record. */
    private static final Map<String, String> REFERENCES =
            Map.ofEntries(
                    Map.entry("center", "Center"),
                    Map.entry("evaluation", "Evaluation"),
                    Map.entry("workPackage", "WorkPackage"),
                    Map.entry("workPackageId", "WorkPackage"),
                    Map.entry("agreement", "Agreement"),
                    Map.entry("milestone", "Milestone"),
                    Map.entry("finding", "Finding"),
                    Map.entry("fundingSource", "FundingSource"),
                    Map.entry("partner", "Partner"),
                    Map.entry("contractor", "Partner"),
                    Map.entry("administeringInstitution", "Partner"));

    /** Fields that hold an enum's value, by record and field, and the prefix of its names. */
    private static final Map<String, String> ENUMS =
            Map.ofEntries(
                    Map.entry("Center.phase", "phase"),
                    Map.entry("Milestone.kind", "milestone.kind"),
                    Map.entry("Evaluation.kind", "evaluation.kind"),
                    Map.entry("Finding.status", "finding.status"),
                    Map.entry("Finding.severity", "finding.severity"),
                    Map.entry("Finding.category", "finding.category"),
                    Map.entry("WorkPackage.status", "works.status"),
                    Map.entry("WorkPackage.category", "budget.category"),
                    Map.entry("Expenditure.category", "budget.category"),
                    Map.entry("BudgetAllocation.category", "budget.category"),
                    Map.entry("Agreement.status", "agreement.status"),
                    Map.entry("Agreement.type", "agreement.type"),
                    Map.entry("Commitment.status", "commitment.status"),
                    Map.entry("PreliminaryProject.status", "project.status"),
                    Map.entry("ChangeOrder.status", "changeOrder.status"),
                    Map.entry("UserAccount.role", "role"));

    /** Fields that hold a percentage. */
    private static final Set<String> PERCENTS = Set.of("percentComplete", "contingencyPercent");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final int LONGEST = 120;
    static final String NONE = "—";

    /** The names of the records a page knows, by kind and id. */
    static final class Names {

        private final Map<String, Map<Long, String>> byKind = new HashMap<>();

        Names put(String kind, long id, String name) {
            if (name != null && !name.isBlank()) {
                byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(id, name);
            }
            return this;
        }

        String of(String kind, long id) {
            return byKind.getOrDefault(kind, Map.of()).get(id);
        }
    }

    private final Locale locale;
    private final Formats fmt;
    private final Labels labels;
    private final ZoneId zone;
    private final Map<String, String> people;
    private final Names names;

    /**
     * Lines in the page's language; {@code people} gives a user's display name by username, {@code
     * names} the records' names.
     */
    HistoryLines(Page page, ZoneId zone, Map<String, String> people, Names names) {
        this.locale = page.locale();
        this.fmt = page.formats();
        this.labels = page.labels();
        this.zone = zone;
        this.people = people;
        this.names = names;
    }

    Line of(HistoryEntryView entry) {
        HistoryRecord kind = HistoryRecord.of(entry.record());
        List<FieldLine> fields =
                entry.action() == AuditAction.UPDATE
                        ? entry.changes().stream()
                                .map(
                                        c ->
                                                new FieldLine(
                                                        field(c.field()),
                                                        value(entry.record(), c.field(), c.old()),
                                                        value(
                                                                entry.record(),
                                                                c.field(),
                                                                c.value())))
                                .toList()
                        : List.of();
        return new Line(
                fmt.dateTime(entry.at(), zone),
                who(entry.user()),
                entry.action(),
                kind == null ? entry.record() : labels.history_record(kind),
                name(entry),
                fields);
    }

    /** A user by the name they are shown by; the application's own work as the application. */
    private String who(String username) {
        if (AuditListener.SYSTEM.equals(username)) {
            return Messages.get(locale, "history.actor.system");
        }
        return people.getOrDefault(username, username);
    }

    /**
     * The record's name; for a record without one of its own (a progress report, a payment, a
     * change order), the works package it belongs to when the entry names it.
     */
    private String name(HistoryEntryView entry) {
        String name = names.of(entry.record(), entry.recordId());
        if (name != null) {
            return name;
        }
        return entry.changes().stream()
                .filter(c -> "workPackage".equals(c.field()) && c.value() != null)
                .map(c -> value(entry.record(), c.field(), c.value()))
                .filter(shown -> !NUMBER.matcher(shown).matches())
                .findFirst()
                .orElse(null);
    }

    private String field(String field) {
        return FieldNames.of(field, locale);
    }

    /** A value as the page writes it. */
    String value(String record, String field, String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        String reference = REFERENCES.get(field);
        if (reference != null && NUMBER.matcher(stored).matches()) {
            String name = names.of(reference, Long.parseLong(stored));
            if (name != null) {
                return name;
            }
        }
        String prefix = ENUMS.get(record + "." + field);
        if (prefix != null) {
            String key = prefix + "." + stored;
            String name = Messages.get(locale, key);
            return name.equals(key) ? stored : name;
        }
        if (DATE.matcher(stored).matches()) {
            try {
                return fmt.date(LocalDate.parse(stored));
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        if (reference == null && NUMBER.matcher(stored).matches()) {
            BigDecimal number = new BigDecimal(stored);
            return PERCENTS.contains(field)
                    ? fmt.percent(number.stripTrailingZeros())
                    : fmt.number(number);
        }
        return stored.length() > LONGEST ? stored.substring(0, LONGEST - 1) + "…" : stored;
    }
}
