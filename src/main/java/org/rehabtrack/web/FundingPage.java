package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.funding.ExchangeRateService;
import org.rehabtrack.funding.ExchangeRateView;
import org.rehabtrack.funding.FundingService;
import org.rehabtrack.funding.FundingSourceView;
import org.rehabtrack.funding.NewAllocation;
import org.rehabtrack.funding.NewExchangeRate;
import org.rehabtrack.funding.NewFundingSource;
import org.rehabtrack.partner.PartnerKind;
import org.rehabtrack.partner.PartnerService;
import org.rehabtrack.partner.PartnerView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.Roles;
import org.rehabtrack.system.money.Money;

/**
 * The manager's funding page ({@code /funding}, linked from the header for managers): the grants
 * with what each allocates to which center and category and what is left; the forms that record a
 * grant and allocate it to a center; and the exchange rates of the last year with the form that
 * records one. Refusals come back in the page (422), next to the form sent; saved forms redirect to
 * it, saying what was saved.
 */
@Path("/funding")
@RolesAllowed(Roles.MANAGER)
public class FundingPage {

    private static final Set<String> OUTCOMES = Set.of("grant", "allocation", "rate");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance funding(
                Page page,
                List<FundingSourceView> grants,
                List<ExchangeRateView> rates,
                String outcome,
                Forms forms,
                List<PartnerView> donors,
                List<Center> centers,
                List<BudgetCategory> categories,
                List<String> currencies,
                LocalDate today);
    }

    /**
     * The page's forms, the one refused as typed: a grant, an allocation, a rate. One allocation
     * form names its grant, so that the page grows with the grants and the centers, not with both
     * at once.
     */
    public record Forms(FilledForm grant, FilledForm allocation, FilledForm rate) {

        static final Forms FRESH = new Forms(FilledForm.EMPTY, FilledForm.EMPTY, FilledForm.EMPTY);
    }

    private final Page page;
    private final FundingService funding;
    private final ExchangeRateService rates;
    private final PartnerService partners;
    private final CenterService centers;
    private final Visibility visibility;
    private final Validator validator;
    private final Clock clock;

    FundingPage(
            Page page,
            FundingService funding,
            ExchangeRateService rates,
            PartnerService partners,
            CenterService centers,
            Visibility visibility,
            Validator validator,
            Clock clock) {
        this.page = page;
        this.funding = funding;
        this.rates = rates;
        this.partners = partners;
        this.centers = centers;
        this.visibility = visibility;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show(@QueryParam("outcome") String outcome) {
        return show(SeeOther.outcome(outcome, OUTCOMES), Forms.FRESH);
    }

    private TemplateInstance show(String outcome, Forms forms) {
        LocalDate today = LocalDate.now(clock);
        return page.localized(
                Templates.funding(
                        page,
                        funding.list(),
                        rates.search(null, today.minusYears(1), today).stream()
                                .sorted(Comparator.comparing(ExchangeRateView::date).reversed())
                                .toList(),
                        outcome,
                        forms,
                        partners.list().stream()
                                .filter(p -> p.kind() == PartnerKind.DONOR)
                                .toList(),
                        centers.seenBy(visibility.scope()),
                        List.of(BudgetCategory.values()),
                        WorkPackagePage.CURRENCIES,
                        today));
    }

    @POST
    @Path("grants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response recordGrant(
            @RestForm(Csrf.FIELD) String token,
            @RestForm String code,
            @RestForm String donor,
            @RestForm String amount,
            @RestForm String currency,
            @RestForm String startDate,
            @RestForm String endDate) {
        String[] typed = {
            "code", code,
            "donor", donor,
            "amount", amount,
            "currency", currency,
            "startDate", startDate,
            "endDate", endDate
        };
        FormErrors errors = FormErrors.posted(page, token);
        NewFundingSource request = new NewFundingSource();
        request.code = FormErrors.blankToNull(code);
        request.donor = FormErrors.blankToNull(donor);
        BigDecimal value = errors.number("amount", amount, true);
        request.amount = value == null ? null : new Money(value, FormErrors.blankToNull(currency));
        request.startDate = errors.date("startDate", startDate, false);
        request.endDate = errors.date("endDate", endDate, false);
        errors.violations(validator.validate(request));
        errors.rename("amount.amount", "amount");
        if (!errors.any()) {
            try {
                funding.create(request, false);
                return backTo("grant");
            } catch (Refusal e) {
                if (e.reason() == Reason.DUPLICATE) {
                    errors.refused(e, "code");
                } else {
                    errors.refused(e);
                }
            }
        }
        return FormErrors.unprocessable(
                show(
                        null,
                        new Forms(
                                FilledForm.refused(errors, typed),
                                FilledForm.EMPTY,
                                FilledForm.EMPTY)));
    }

    @POST
    @Path("allocations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response allocate(
            @RestForm(Csrf.FIELD) String token,
            @RestForm String grant,
            @RestForm String center,
            @RestForm String category,
            @RestForm String allocationAmount) {
        String[] typed = {
            "grant", grant,
            "center", center,
            "category", category,
            "allocationAmount", allocationAmount
        };
        FormErrors errors = FormErrors.posted(page, token);
        FundingSourceView source =
                grant == null || grant.isBlank() ? null : funding.find(grant.strip()).orElse(null);
        if (source == null) {
            errors.add("grant", errors.msg().page_form_choose());
        }
        NewAllocation request = new NewAllocation();
        request.center = FormErrors.blankToNull(center);
        request.category = errors.choice("category", BudgetCategory.class, category);
        BigDecimal value = errors.number("allocationAmount", allocationAmount, true);
        request.amount =
                value == null || source == null
                        ? null
                        : new Money(value, source.amount().currency());
        errors.violations(validator.validate(request));
        errors.rename("amount.amount", "allocationAmount");
        errors.rename("amount", "allocationAmount");
        if (!errors.any()) {
            try {
                funding.allocate(source.code(), request);
                return backTo("allocation");
            } catch (Refusal e) {
                if (e.fieldProblems().isEmpty()) {
                    errors.refused(e, "allocationAmount");
                } else {
                    errors.refused(e);
                }
            }
        }
        return FormErrors.unprocessable(
                show(
                        null,
                        new Forms(
                                FilledForm.EMPTY,
                                FilledForm.refused(errors, typed),
                                FilledForm.EMPTY)));
    }

    @POST
    @Path("rates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response recordRate(
            @RestForm(Csrf.FIELD) String token,
            @RestForm String currency,
            @RestForm String date,
            @RestForm String unitsPerUsd,
            @RestForm String source) {
        String[] typed = {
            "currency", currency, "date", date, "unitsPerUsd", unitsPerUsd, "source", source
        };
        FormErrors errors = FormErrors.posted(page, token);
        NewExchangeRate request = new NewExchangeRate();
        request.currency = FormErrors.blankToNull(currency);
        request.date = errors.date("date", date, true);
        request.unitsPerUsd = errors.number("unitsPerUsd", unitsPerUsd, true);
        request.source = FormErrors.blankToNull(source);
        errors.violations(validator.validate(request));
        if (!errors.any()) {
            try {
                rates.record(request);
                return backTo("rate");
            } catch (Refusal e) {
                if (e.reason() == Reason.DUPLICATE) {
                    errors.refused(e, "date");
                } else {
                    errors.refused(e);
                }
            }
        }
        return FormErrors.unprocessable(
                show(
                        null,
                        new Forms(
                                FilledForm.EMPTY,
                                FilledForm.EMPTY,
                                FilledForm.refused(errors, typed))));
    }

    private static Response backTo(String outcome) {
        return SeeOther.to(UriBuilder.fromPath("/funding").queryParam("outcome", outcome).build());
    }
}
