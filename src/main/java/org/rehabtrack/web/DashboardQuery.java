package org.rehabtrack.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rehabtrack.center.Phase;
import org.rehabtrack.status.CenterStatus;
import org.rehabtrack.status.Rag;
import org.rehabtrack.system.QueryParams;

/**
 * What the dashboard is asked to show, from its query string: the filters (phase, status,
 * department, only centers with late milestones, only those with open critical findings), the
 * column it is sorted by and which way, and the page. A value it does not know is left out, so a
 * stale link still shows the dashboard; and it writes the links that change one of them, keeping
 * the others.
 */
public record DashboardQuery(
        Phase phase,
        Rag status,
        String department,
        boolean late,
        boolean critical,
        DashboardColumn sort,
        boolean descending,
        int page) {

    /** Centers on one page of the dashboard. */
    static final int PAGE_SIZE = 50;

    static DashboardQuery of(
            String phase,
            String status,
            String department,
            String late,
            String critical,
            String sort,
            String dir,
            String page) {
        DashboardColumn column = DashboardColumn.named(sort);
        return new DashboardQuery(
                QueryParams.known(Phase.class, phase).orElse(null),
                QueryParams.known(Rag.class, status).orElse(null),
                department == null || department.isBlank() ? null : department.strip(),
                ticked(late),
                ticked(critical),
                column == null ? DashboardColumn.CENTER : column,
                "desc".equalsIgnoreCase(dir == null ? "" : dir.strip()),
                pageNumber(page));
    }

    /** Whether a center's status passes every filter. */
    boolean shows(CenterStatus status) {
        return (phase == null || status.center().phase() == phase)
                && (this.status == null || status.rag() == this.status)
                && (department == null || department.equals(status.center().department()))
                && (!late || status.lateMilestones() > 0)
                && (!critical || status.openCritical() > 0);
    }

    /** Whether any filter is set. */
    public boolean filtered() {
        return phase != null || status != null || department != null || late || critical;
    }

    /** The link to this dashboard sorted by a column: the other way when it is the sorted one. */
    public String sortLink(String column) {
        DashboardColumn asked = DashboardColumn.valueOf(column);
        boolean desc = asked == sort && !descending;
        return new DashboardQuery(phase, status, department, late, critical, asked, desc, 1).link();
    }

    /** How a column is sorted, for {@code aria-sort}: ascending, descending or none. */
    public String ariaSort(String column) {
        if (DashboardColumn.valueOf(column) != sort) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }

    /** The link to another page of this dashboard. */
    public String pageLink(int number) {
        return new DashboardQuery(
                        phase, status, department, late, critical, sort, descending, number)
                .link();
    }

    /** The link to this dashboard as it is asked. */
    String link() {
        List<String> params = new ArrayList<>();
        add(params, "phase", phase == null ? null : phase.name());
        add(params, "status", status == null ? null : status.name());
        add(params, "department", department);
        add(params, "late", late ? "true" : null);
        add(params, "critical", critical ? "true" : null);
        add(params, "sort", sort == DashboardColumn.CENTER ? null : sort.param());
        add(params, "dir", descending ? "desc" : null);
        add(params, "page", page > 1 ? Integer.toString(page) : null);
        return params.isEmpty() ? "/" : "/?" + String.join("&", params);
    }

    private static void add(List<String> params, String name, String value) {
        if (value != null) {
            params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean ticked(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }

    private static int pageNumber(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
