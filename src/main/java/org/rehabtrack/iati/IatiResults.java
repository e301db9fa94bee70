package org.rehabtrack.iati;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.evaluation.EvaluationKind;
import org.rehabtrack.evaluation.Standard;
import org.rehabtrack.evaluation.StandardCheck;
import org.rehabtrack.evaluation.Standards;
import org.rehabtrack.evaluation.StandardsConfig;
import org.rehabtrack.report.EvaluationRow;
import org.rehabtrack.report.ReportQueries;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.Bilingual;
import org.rehabtrack.system.persistence.CenterIds;

/**
 * A center's rehabilitation's result, from its evaluations as recorded at a date: one indicator per
 * standards check (covered area per person, water per person per day, persons per toilet, female to
 * male toilets, ceiling height) with the initial evaluation's figure as baseline, the standard as
 * target and the handover evaluation's figure as actual, over the period from the one to the other
 * (to the planned end while there is no handover).
 */
@ApplicationScoped
class IatiResults {

    /** IATI's ResultType 2: outcome. */
    static final int OUTCOME = 2;

    private final ReportQueries queries;
    private final Standards standards;

    IatiResults(ReportQueries queries, StandardsConfig standards) {
        this.queries = queries;
        this.standards = Standards.from(standards);
    }

    /**
     * Each center's result, by id, from its first initial and latest handover evaluations; none for
     * a center without an initial evaluation, or whose period would end before it starts.
     */
    Map<Long, IatiActivity.Result> of(
            CenterIds centers, AsOf asOf, Map<Long, LocalDate> plannedEnds, Labels labels) {
        Map<Long, IatiActivity.Result> results = new HashMap<>();
        queries.evaluations(centers, asOf)
                .forEach(
                        (center, rows) -> {
                            IatiActivity.Result result =
                                    result(rows, plannedEnds.get(center), labels);
                            if (result != null) {
                                results.put(center, result);
                            }
                        });
        return results;
    }

    /** The texts of the result and of each check. */
    interface Labels {
        Bilingual text(String key, Object... args);
    }

    private static Bilingual withUnit(Bilingual label, String unit) {
        return new Bilingual(label.es() + " (" + unit + ")", label.en() + " (" + unit + ")");
    }

    private IatiActivity.Result result(
            List<EvaluationRow> rows, LocalDate plannedEnd, Labels labels) {
        EvaluationRow initial =
                rows.stream()
                        .filter(r -> r.kind() == EvaluationKind.INITIAL)
                        .findFirst()
                        .orElse(null);
        if (initial == null) {
            return null;
        }
        EvaluationRow handover = null;
        for (EvaluationRow row : rows) {
            if (row.kind() == EvaluationKind.HANDOVER && !row.date().isBefore(initial.date())) {
                handover = row;
            }
        }
        LocalDate end = handover != null ? handover.date() : plannedEnd;
        if (end == null || !end.isAfter(initial.date())) {
            return null;
        }
        List<StandardCheck> before = standards.check(initial.measurements());
        List<StandardCheck> after =
                handover == null ? null : standards.check(handover.measurements());
        List<IatiActivity.Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            StandardCheck check = before.get(i);
            if (check.value() == null) {
                continue;
            }
            indicators.add(
                    new IatiActivity.Indicator(
                            withUnit(
                                    labels.text("standard.check." + check.check().name()),
                                    check.unit()),
                            check.bound() == Standard.Bound.AT_LEAST,
                            initial.date(),
                            check.value(),
                            end,
                            check.threshold(),
                            after == null ? null : after.get(i).value()));
        }
        if (indicators.isEmpty()) {
            return null;
        }
        return new IatiActivity.Result(
                OUTCOME,
                labels.text("iati.result.title"),
                labels.text("iati.result.description"),
                indicators);
    }
}
