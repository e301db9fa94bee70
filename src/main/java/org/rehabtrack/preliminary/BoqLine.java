package org.rehabtrack.preliminary;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.system.persistence.Audited;

/** A priced line of a bill of quantities: so much of an item, at a unit price. */
@Entity
public class BoqLine implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private BoqChapter chapter;

    private int position;
    private String itemCode;
    private String description;
    private String unit;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private String currency;

    protected BoqLine() {}

    BoqLine(BoqChapter chapter, int position, LineContent content) {
        this.chapter = chapter;
        this.position = position;
        this.itemCode = content.itemCode.strip();
        this.description = content.description.strip();
        this.unit = content.unit.strip();
        this.quantity = content.quantity;
        this.unitPrice = content.unitPrice.amount();
        this.currency = content.unitPrice.currency();
    }

    /** Quantity times unit price, rounded half up to cents: the one rounding of a line. */
    public Money amount() {
        return new Money(quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP), currency);
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getDescription() {
        return description;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public Money getUnitPrice() {
        return new Money(unitPrice, currency);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long auditedCenterId() {
        return chapter.auditedCenterId();
    }
}
