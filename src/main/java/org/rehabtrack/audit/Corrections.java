package org.rehabtrack.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.persistence.CenterIds;

/**
 * The changes recorded after a cut-off date to facts dated on or before it: a payment, a progress
 * report, an actual date, a phase change or a decision recorded late, changed or deleted. They are
 * what makes a report for a past date differ from the same report written before them, and the
 * report lists them (docs/reports.md).
 */
@ApplicationScoped
public class Corrections {

    /**
     * The dated fields of the audited records: a change of one of them to a date on or before the
     * cut-off, or from such a date to another or none, corrects it.
     */
    static final Map<String, Set<String>> DATED =
            Map.of(
                    "Expenditure", Set.of("paymentDate"),
                    "ProgressReport", Set.of("reportDate"),
                    "Milestone", Set.of("actualDate"),
                    "WorkPackage", Set.of("actualStart", "actualEnd"),
                    "ChangeOrder", Set.of("decidedOn"),
                    "Center", Set.of("phaseSince"));

    /**
     * The dated fields whose old value says nothing of the date: the day a center entered its
     * current phase moves on with every phase change; only a change dated on or before the cut-off
     * corrects it.
     */
    private static final Set<String> ONLY_NEW = Set.of("phaseSince");

    /** One corrected field of a record, and the center it belongs to. */
    public record Correction(long center, HistoryEntryView entry) {}

    private final EntityManager em;

    Corrections(EntityManager em) {
        this.em = em;
    }

    /** The corrections of the centers' records, oldest first, as a reader sees them. */
    public List<Correction> of(CenterIds centers, AsOf asOf, VisibilityScope funding) {
        List<Correction> corrections = new ArrayList<>();
        if (asOf.current() || centers.isEmpty()) {
            return corrections;
        }
        List<AuditEntry> entries =
                centers.bind(
                                em.createQuery(
                                        "from AuditEntry a where a.recordedAt >= :end"
                                                + " and a.entity in :entities and "
                                                + centers.in("a.centerId")
                                                + " order by a.recordedAt, a.id",
                                        AuditEntry.class))
                        .setParameter("end", asOf.end())
                        .setParameter("entities", DATED.keySet())
                        .getResultList();
        for (AuditEntry entry : entries) {
            if (entry.getCenterId() == null || !centers.keeps(entry.getCenterId())) {
                continue;
            }
            HistoryEntryView view = HistoryEntryView.of(entry, funding);
            Set<String> dated = DATED.get(entry.getEntity());
            List<HistoryEntryView.FieldChange> changed =
                    view.changes().stream()
                            .filter(c -> dated.contains(c.field()))
                            .filter(
                                    c ->
                                            onOrBefore(c.value(), asOf.date())
                                                    || !ONLY_NEW.contains(c.field())
                                                            && onOrBefore(c.old(), asOf.date()))
                            .toList();
            if (!changed.isEmpty()) {
                corrections.add(new Correction(entry.getCenterId(), view.withChanges(changed)));
            }
        }
        return corrections;
    }

    private static boolean onOrBefore(String date, LocalDate cutOff) {
        if (date == null) {
            return false;
        }
        try {
            return !LocalDate.parse(date).isAfter(cutOff);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
