package org.rehabtrack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabtrack.center.CenterSummary;
import org.rehabtrack.center.CenterType;
import org.rehabtrack.center.Phase;
import org.rehabtrack.status.CenterStatus;
import org.rehabtrack.status.Rag;

class DashboardQueryTest {

    private static CenterStatus status(
            String code, String department, Phase phase, String spi, int late, int critical) {
        Rag rag = Rag.of(late, 0, spi == null ? null : new BigDecimal(spi), null, critical, 0);
        return new CenterStatus(
                new CenterSummary(
                        code.hashCode(),
                        code,
                        "Centro " + code,
                        CenterType.CAM,
                        department,
                        phase,
                        false),
                null,
                null,
                spi == null ? null : new BigDecimal(spi),
                null,
                null,
                null,
                late,
                0,
                critical,
                0,
                rag,
                null,
                null);
    }

    private static final List<CenterStatus> CENTERS =
            List.of(
                    status("C-3", "Cortés", Phase.WORKS, "0.90", 0, 0),
                    status("C-1", "Atlántida", Phase.WORKS, null, 2, 0),
                    status("C-2", "Cortés", Phase.EVALUATION, "1.10", 0, 1),
                    status("C-4", "Cortés", Phase.WORKS, "0.70", 0, 0));

    private static List<String> shown(DashboardQuery query) {
        return CENTERS.stream()
                .filter(query::shows)
                .sorted(query.sort().order(query.descending()))
                .map(s -> s.center().code())
                .toList();
    }

    private static DashboardQuery query(String sort, String dir) {
        return DashboardQuery.of(null, null, null, null, null, sort, dir, null);
    }

    @Test
    void sortsByCodeUnlessAskedAndPutsMissingFiguresLastEitherWay() {
        assertEquals(List.of("C-1", "C-2", "C-3", "C-4"), shown(query(null, null)));
        assertEquals(List.of("C-4", "C-3", "C-2", "C-1"), shown(query("center", "desc")));
        assertEquals(List.of("C-4", "C-3", "C-2", "C-1"), shown(query("spi", null)));
        assertEquals(List.of("C-2", "C-3", "C-4", "C-1"), shown(query("SPI", "desc")));
        assertEquals(List.of("C-1", "C-2", "C-3", "C-4"), shown(query("late", "desc")));
        // RED (late, critical, SPI below 0.80) above AMBER, ties in code order.
        assertEquals(List.of("C-1", "C-2", "C-4", "C-3"), shown(query("status", "desc")));
        // An unknown column or direction sorts by code, lowest first.
        assertEquals(List.of("C-1", "C-2", "C-3", "C-4"), shown(query("budget'--", "up")));
    }

    @Test
    void filtersByPhaseStatusDepartmentLateAndCritical() {
        assertEquals(
                List.of("C-3", "C-4"),
                shown(DashboardQuery.of("WORKS", null, "Cortés", null, null, null, null, null)));
        assertEquals(
                List.of("C-1"),
                shown(DashboardQuery.of(null, null, null, "true", null, null, null, null)));
        assertEquals(
                List.of("C-2"),
                shown(DashboardQuery.of(null, "RED", null, null, "on", null, null, null)));
        assertEquals(
                List.of("C-1", "C-2", "C-3", "C-4"),
                shown(DashboardQuery.of("NONE", "PURPLE", " ", "no", "", null, null, "x")));
        assertFalse(DashboardQuery.of("NONE", "PURPLE", " ", "no", "", null, null, "x").filtered());
        assertTrue(
                DashboardQuery.of(null, null, "Cortés", null, null, null, null, null).filtered());
    }

    @Test
    void linksKeepTheFiltersAndChangeOneThing() {
        DashboardQuery query =
                DashboardQuery.of(
                        "WORKS", null, "Francisco Morazán", "true", null, "spi", "desc", "3");
        assertEquals(
                "/?phase=WORKS&department=Francisco+Moraz%C3%A1n&late=true&sort=spi&dir=desc&page=2",
                query.pageLink(2));
        // Sorting again starts at the first page; the sorted column turns the other way.
        assertEquals(
                "/?phase=WORKS&department=Francisco+Moraz%C3%A1n&late=true&sort=spi",
                query.sortLink("SPI"));
        assertEquals(
                "/?phase=WORKS&department=Francisco+Moraz%C3%A1n&late=true&sort=cpi",
                query.sortLink("CPI"));
        assertEquals("descending", query.ariaSort("SPI"));
        assertEquals("none", query.ariaSort("CENTER"));
        assertEquals("/", query(null, null).link());
        assertEquals("/?dir=desc", query(null, null).sortLink("CENTER"));
    }

    @Test
    void pagesHoldFiftyCentersAndAPageBeyondTheLastShowsTheLast() {
        assertEquals(new DashboardPage.Pager(1, 1, 1, 0, 0), DashboardPage.Pager.of(1, 0));
        assertEquals(new DashboardPage.Pager(1, 3, 1, 50, 120), DashboardPage.Pager.of(1, 120));
        assertEquals(new DashboardPage.Pager(3, 3, 101, 120, 120), DashboardPage.Pager.of(9, 120));
        assertEquals(new DashboardPage.Pager(2, 2, 51, 100, 100), DashboardPage.Pager.of(2, 100));
    }
}
