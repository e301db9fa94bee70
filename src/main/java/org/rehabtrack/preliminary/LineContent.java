package org.rehabtrack.preliminary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.rehabtrack.system.money.Money;

/** A line of a bill of quantities as a client sends it. */
public class LineContent {

    static final int CODE_MAX = 20;
    static final int DESCRIPTION_MAX = 1000;
    static final int UNIT_MAX = 20;
    static final int QUANTITY_DECIMALS = 3;

    @NotBlank
    @Size(max = CODE_MAX)
    public String itemCode;

    @NotBlank
    @Size(max = DESCRIPTION_MAX)
    public String description;

    /** m², m³, ml, u, global... */
    @NotBlank
    @Size(max = UNIT_MAX)
    public String unit;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = QUANTITY_DECIMALS)
    public BigDecimal quantity;

    @NotNull @Valid public Money unitPrice;

    static LineContent of(BoqLine line) {
        LineContent content = new LineContent();
        content.itemCode = line.getItemCode();
        content.description = line.getDescription();
        content.unit = line.getUnit();
        content.quantity = line.getQuantity();
        content.unitPrice = line.getUnitPrice();
        return content;
    }
}
