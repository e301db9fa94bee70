package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.funding.FundingService;
import org.rehabtrack.funding.FundingSourceView;
import org.rehabtrack.partner.PartnerKind;
import org.rehabtrack.partner.PartnerService;
import org.rehabtrack.partner.PartnerView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.Roles;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.works.ChangeOrderDecision;
import org.rehabtrack.works.ChangeOrderRequest;
import org.rehabtrack.works.ChangeOrderStatus;
import org.rehabtrack.works.ChangeOrderView;
import org.rehabtrack.works.ExpenditureRequest;
import org.rehabtrack.works.ExpenditureService;
import org.rehabtrack.works.ExpenditureView;
import org.rehabtrack.works.WorkPackageService;
import org.rehabtrack.works.WorkPackageStatus;
import org.rehabtrack.works.WorkPackageView;

/**
 * A works package's own page ({@code /centers/{code}/work-packages/{id}}): its status, contract,
 * budget and dates, its change orders and its payments (a donor's own grants' only, as the API
 * shows them). Everyone who sees the center reads it; a manager moves the package on in its life
 * (tender, contract with the contractor and amount, start, suspend, complete, hand over, cancel),
 * asks for change orders and approves or rejects them, and records payments. Refusals come back in
 * the page (422); saved forms redirect to it, saying what was saved.
 */
@Path("/centers/{code}/work-packages")
@Authenticated
public class WorkPackagePage {

    private static final Set<String> OUTCOMES =
            Set.of("created", "moved", "asked", "decided", "paid");

    /** The currencies the forms offer. */
    static final List<String> CURRENCIES = List.of("HNL", "USD", "EUR");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workPackage(
                Page page,
                CenterView center,
                WorkPackageView workPackage,
                List<ChangeOrderView> changeOrders,
                List<ExpenditureView> payments,
                String outcome,
                Forms forms,
                List<WorkPackageStatus> moves,
                boolean contracting,
                List<PartnerView> contractors,
                List<FundingSourceView> grants,
                List<String> currencies,
                Map<String, String> initial,
                LocalDate today);
    }

    /** The page's forms, the one refused as typed: the move, the change order, the payment. */
    public record Forms(FilledForm move, FilledForm change, FilledForm payment) {

        static final Forms FRESH = new Forms(FilledForm.EMPTY, FilledForm.EMPTY, FilledForm.EMPTY);
    }

    private final Page page;
    private final VisibleCenters centers;
    private final WorkPackageService packages;
    private final ExpenditureService payments;
    private final FundingService funding;
    private final PartnerService partners;
    private final Visibility visibility;
    private final PatchReader patches;
    private final Validator validator;
    private final Clock clock;

    WorkPackagePage(
            Page page,
            VisibleCenters centers,
            WorkPackageService packages,
            ExpenditureService payments,
            FundingService funding,
            PartnerService partners,
            Visibility visibility,
            PatchReader patches,
            Validator validator,
            Clock clock) {
        this.page = page;
        this.centers = centers;
        this.packages = packages;
        this.payments = payments;
        this.funding = funding;
        this.partners = partners;
        this.visibility = visibility;
        this.patches = patches;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @QueryParam("outcome") String outcome) {
        return show(code, id, SeeOther.outcome(outcome, OUTCOMES), Forms.FRESH);
    }

    private TemplateInstance show(String code, long id, String outcome, Forms forms) {
        CenterView center = centers.require(code);
        VisibilityScope scope = visibility.scope();
        WorkPackageView shown = packageOf(packages, code, id).shownTo(scope);
        List<WorkPackageStatus> moves = List.copyOf(shown.status().next());
        return page.localized(
                Templates.workPackage(
                        page,
                        center,
                        shown,
                        packages.changeOrders(id),
                        payments.of(id).stream()
                                .filter(payment -> scope.showsGrant(payment.fundingSource()))
                                .toList(),
                        outcome,
                        forms,
                        moves,
                        moves.contains(WorkPackageStatus.CONTRACTED),
                        partners.list().stream()
                                .filter(p -> p.kind() == PartnerKind.CONTRACTOR)
                                .toList(),
                        page.manager() ? grantsOf(funding, code) : List.of(),
                        CURRENCIES,
                        initial(shown),
                        LocalDate.now(clock)));
    }

    /**
     * What the forms show afresh: the contractor and amount contracted, and the currencies, that of
     * the contract (else the budget's) first.
     */
    private static Map<String, String> initial(WorkPackageView shown) {
        Money contract = shown.contractAmount();
        String currency =
                contract != null
                        ? contract.currency()
                        : shown.budget() != null ? shown.budget().currency() : CURRENCIES.get(0);
        return Map.of(
                "contractor",
                shown.contractor() == null ? "" : shown.contractor(),
                "contractAmount",
                contract == null ? "" : contract.amount().toPlainString(),
                "currency",
                currency,
                "paymentCurrency",
                currency);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response move(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm long version,
            @RestForm String status,
            @RestForm String date,
            @RestForm String contractor,
            @RestForm String contractAmount,
            @RestForm String currency) {
        WorkPackageView before = packageOf(packages, code, id);
        String[] typed = {
            "status", status,
            "date", date,
            "contractor", contractor,
            "contractAmount", contractAmount,
            "currency", currency
        };
        FormErrors errors = FormErrors.posted(page, token);
        Map<String, Object> fields = new HashMap<>();
        fields.put("version", version);
        fields.put("status", errors.choice("status", WorkPackageStatus.class, status));
        fields.put("statusDate", errors.date("date", date, true));
        if (before.status().next().contains(WorkPackageStatus.CONTRACTED)) {
            fields.put("contractor", FormErrors.blankToNull(contractor));
            BigDecimal amount = errors.number("contractAmount", contractAmount, false);
            fields.put(
                    "contractAmount",
                    amount == null ? null : Map.of("amount", amount, "currency", currency));
        }
        if (!errors.any()) {
            try {
                packages.update(id, patches.of(fields), page.user());
                return backTo(code, id, "moved");
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return stale(
                            code, id, new Forms(staleForm(), FilledForm.EMPTY, FilledForm.EMPTY));
                }
                if (!e.fieldProblems().isEmpty()
                        && e.fieldProblems().get(0).field().equals("statusDate")) {
                    errors.refused(e, "date");
                } else {
                    refused(errors, e, "status");
                }
            } catch (OptimisticLockException e) {
                return stale(code, id, new Forms(staleForm(), FilledForm.EMPTY, FilledForm.EMPTY));
            }
        }
        return FormErrors.unprocessable(
                show(
                        code,
                        id,
                        null,
                        new Forms(
                                FilledForm.refused(errors, typed),
                                FilledForm.EMPTY,
                                FilledForm.EMPTY)));
    }

    @POST
    @Path("{id}/change-orders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response askChange(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String changeAmount,
            @RestForm String days,
            @RestForm String reason) {
        WorkPackageView shown = packageOf(packages, code, id);
        String[] typed = {"changeAmount", changeAmount, "days", days, "reason", reason};
        FormErrors errors = FormErrors.posted(page, token);
        ChangeOrderRequest request = new ChangeOrderRequest();
        request.amount = errors.number("changeAmount", changeAmount, true);
        Integer wholeDays = errors.whole("days", days, false);
        request.days = wholeDays == null ? 0 : wholeDays;
        request.reason = FormErrors.blankToNull(reason);
        request.currency =
                shown.contractAmount() == null ? null : shown.contractAmount().currency();
        errors.violations(validator.validate(request));
        errors.rename("amount", "changeAmount");
        if (!errors.any()) {
            try {
                packages.requestChange(id, request);
                return backTo(code, id, "asked");
            } catch (Refusal e) {
                errors.refused(e);
            }
        }
        return FormErrors.unprocessable(
                show(
                        code,
                        id,
                        null,
                        new Forms(
                                FilledForm.EMPTY,
                                FilledForm.refused(errors, typed),
                                FilledForm.EMPTY)));
    }

    @POST
    @Path("{id}/change-orders/{order}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response decideChange(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @PathParam("order") long order,
            @RestForm(Csrf.FIELD) String token,
            @RestForm long version,
            @RestForm String status) {
        packageOf(packages, code, id);
        if (packages.changeOrders(id).stream().noneMatch(c -> c.id() == order)) {
            throw Refusal.notFound("works.changeOrderNotFound", order);
        }
        FormErrors errors = FormErrors.posted(page, token);
        ChangeOrderDecision decision = new ChangeOrderDecision();
        decision.version = version;
        decision.status = errors.choice(FormErrors.FORM, ChangeOrderStatus.class, status);
        if (!errors.any()) {
            try {
                packages.decideChange(order, decision);
                return backTo(code, id, "decided");
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return stale(
                            code, id, new Forms(FilledForm.EMPTY, staleForm(), FilledForm.EMPTY));
                }
                errors.refused(e, FormErrors.FORM);
            } catch (OptimisticLockException e) {
                return stale(code, id, new Forms(FilledForm.EMPTY, staleForm(), FilledForm.EMPTY));
            }
        }
        return FormErrors.unprocessable(
                show(
                        code,
                        id,
                        null,
                        new Forms(FilledForm.EMPTY, FilledForm.refused(errors), FilledForm.EMPTY)));
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.MANAGER)
    @Operation(hidden = true)
    public Response pay(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String date,
            @RestForm String amount,
            @RestForm String currency,
            @RestForm String reference,
            @RestForm String fundingSource) {
        packageOf(packages, code, id);
        String[] typed = {
            "date", date,
            "amount", amount,
            "currency", currency,
            "reference", reference,
            "fundingSource", fundingSource
        };
        FormErrors errors = FormErrors.posted(page, token);
        ExpenditureRequest request = new ExpenditureRequest();
        request.date = errors.date("date", date, true);
        BigDecimal paid = errors.number("amount", amount, true);
        request.amount = paid == null ? null : new Money(paid, FormErrors.blankToNull(currency));
        request.reference = FormErrors.blankToNull(reference);
        request.fundingSource = FormErrors.blankToNull(fundingSource);
        errors.violations(validator.validate(request));
        if (!errors.any()) {
            try {
                payments.pay(id, request, page.user());
                return backTo(code, id, "paid");
            } catch (Refusal e) {
                refused(errors, e, "amount");
            }
        }
        return FormErrors.unprocessable(
                show(
                        code,
                        id,
                        null,
                        new Forms(
                                FilledForm.EMPTY,
                                FilledForm.EMPTY,
                                FilledForm.refused(errors, typed))));
    }

    /**
     * The service's refusal next to the fields it names, or, when it names none (a move its life
     * forbids, a payment beyond the allocation), next to {@code field}.
     */
    private static void refused(FormErrors errors, Refusal e, String field) {
        if (e.fieldProblems().isEmpty()) {
            errors.refused(e, field);
        } else {
            errors.refused(e);
        }
    }

    private FilledForm staleForm() {
        FormErrors errors = new FormErrors(page);
        errors.add(FormErrors.FORM, page.texts(WorksMessages.class).worksPage_stale());
        return FilledForm.refused(errors);
    }

    /** The page again (422), as the package is now, saying someone changed it meanwhile. */
    private Response stale(String code, long id, Forms forms) {
        return FormErrors.unprocessable(show(code, id, null, forms));
    }

    /** The package's page, saying what was saved. */
    static Response backTo(String code, long id, String outcome) {
        return SeeOther.to(
                UriBuilder.fromPath("/centers/{code}/work-packages/{id}")
                        .queryParam("outcome", outcome)
                        .build(code, id));
    }

    /** The package, if it is one of this center's; else 404, as for none. */
    static WorkPackageView packageOf(WorkPackageService packages, String code, long id) {
        WorkPackageView found = packages.get(id);
        if (!found.center().equals(code)) {
            throw Refusal.notFound("works.notFound", id);
        }
        return found;
    }

    /**
     * The grants that allocate money to the center: those a package or payment may be charged to.
     */
    static List<FundingSourceView> grantsOf(FundingService funding, String code) {
        return funding.list().stream()
                .filter(g -> g.allocations().stream().anyMatch(a -> a.center().equals(code)))
                .toList();
    }
}
