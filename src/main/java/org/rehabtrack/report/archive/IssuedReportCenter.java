package org.rehabtrack.report.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A center an issued workbook covered: who may list the workbook, and the archive's filter by
 * center. Written in one statement for all the workbook's centers ({@link
 * IssuedReportRepository#cover}).
 */
@Entity
@Table(name = "issued_report_center")
@IdClass(IssuedReportCenter.Key.class)
public class IssuedReportCenter {

    @Id
    @Column(name = "issued_report_id")
    private Long issuedReportId;

    @Id
    @Column(name = "center_id")
    private Long centerId;

    protected IssuedReportCenter() {}

    public Long getCenterId() {
        return centerId;
    }

    /** The key: the workbook and the center. */
    public static class Key implements Serializable {
        private Long issuedReportId;
        private Long centerId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(issuedReportId, key.issuedReportId)
                    && Objects.equals(centerId, key.centerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(issuedReportId, centerId);
        }
    }
}
