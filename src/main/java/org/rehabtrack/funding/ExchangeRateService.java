package org.rehabtrack.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

/** The exchange rates that convert payments to US dollars. */
@ApplicationScoped
public class ExchangeRateService {

    private final ExchangeRateRepository rates;

    ExchangeRateService(ExchangeRateRepository rates) {
        this.rates = rates;
    }

    public List<ExchangeRateView> search(String currency, LocalDate from, LocalDate to) {
        return rates.search(currency, from, to).stream().map(ExchangeRateView::of).toList();
    }

    public ExchangeRateView get(long id) {
        return rates.findByIdOptional(id)
                .map(ExchangeRateView::of)
                .orElseThrow(() -> Refusal.notFound("rate.notFound", id));
    }

    /** Records a rate; one per currency and day, and never for the dollar itself. */
    @Transactional
    public ExchangeRateView record(NewExchangeRate request) {
        if (CurrencyConverter.USD.equals(request.currency)) {
            throw Refusal.invalidField("currency", "rate.usd");
        }
        if (rates.exists(request.currency, request.date)) {
            throw Refusal.conflict(
                    Reason.DUPLICATE, "rate.duplicate", request.currency, request.date);
        }
        ExchangeRate rate =
                new ExchangeRate(
                        request.currency,
                        request.date,
                        request.unitsPerUsd,
                        request.source.strip());
        rates.persistAndFlush(rate);
        return ExchangeRateView.of(rate);
    }
}
