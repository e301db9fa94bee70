package org.rehabtrack.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ExchangeRateRepository implements PanacheRepository<ExchangeRate> {

    /** The rate in force on a date: the latest published on or before it. */
    public Optional<ExchangeRate> onDate(String currency, LocalDate date) {
        return find("currency = ?1 and rateDate <= ?2 order by rateDate desc", currency, date)
                .firstResultOptional();
    }

    /** For each currency, the latest rate dated on or before a date. */
    public List<ExchangeRate> inForceOn(LocalDate date) {
        return list(
                "from ExchangeRate x where x.rateDate = (select max(r.rateDate) from ExchangeRate r"
                        + " where r.currency = x.currency and r.rateDate <= ?1)",
                date);
    }

    public boolean exists(String currency, LocalDate date) {
        return count("currency = ?1 and rateDate = ?2", currency, date) > 0;
    }

    public List<ExchangeRate> search(String currency, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (currency != null) {
            where.append(" and currency = :currency");
            params.and("currency", currency);
        }
        if (from != null) {
            where.append(" and rateDate >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and rateDate <= :to");
            params.and("to", to);
        }
        return list(where + " order by currency, rateDate", params);
    }
}
