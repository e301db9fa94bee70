package org.rehabtrack.works;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A change order as the API shows it; the amount is a decimal string and may be negative. */
public record ChangeOrderView(
        long id,
        long workPackage,
        @com.fasterxml.jackson.annotation.JsonFormat(
                        shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
                BigDecimal amount,
        String currency,
        int days,
        String reason,
        ChangeOrderStatus status,
        LocalDate decidedOn,
        long version) {

    static ChangeOrderView of(ChangeOrder c) {
        return new ChangeOrderView(
                c.getId(),
                c.getWorkPackage().getId(),
                c.getAmount(),
                c.getCurrency(),
                c.getDays(),
                c.getReason(),
                c.getStatus(),
                c.getDecidedOn(),
                c.getVersion());
    }
}
