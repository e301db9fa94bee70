package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.center.CenterView;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.funding.FundingService;
import org.rehabtrack.funding.FundingSourceView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.Roles;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.works.NewWorkPackage;
import org.rehabtrack.works.WorkPackageService;
import org.rehabtrack.works.WorkPackageView;

/**
 * The manager's form that plans a works package on a center ({@code
 * /centers/{code}/work-packages/new}): its code, title, scope, the grant it is charged to, its
 * budget category and budget, and its planned dates. The package starts planned; its page moves it
 * on. Refused input comes back in the answer (422) as typed; a planned package opens its page.
 */
@Path("/centers/{code}/work-packages/new")
@RolesAllowed(Roles.MANAGER)
public class NewWorkPackageForm {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newWorkPackage(
                Page page,
                CenterView center,
                FilledForm form,
                List<FundingSourceView> grants,
                List<BudgetCategory> categories,
                List<String> currencies);
    }

    private final Page page;
    private final VisibleCenters centers;
    private final WorkPackageService packages;
    private final FundingService funding;
    private final Validator validator;

    NewWorkPackageForm(
            Page page,
            VisibleCenters centers,
            WorkPackageService packages,
            FundingService funding,
            Validator validator) {
        this.page = page;
        this.centers = centers;
        this.packages = packages;
        this.funding = funding;
        this.validator = validator;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance blank(@PathParam("code") String code) {
        return form(centers.require(code), FilledForm.EMPTY);
    }

    private TemplateInstance form(CenterView center, FilledForm form) {
        return page.localized(
                Templates.newWorkPackage(
                        page,
                        center,
                        form,
                        WorkPackagePage.grantsOf(funding, center.code()),
                        List.of(BudgetCategory.values()),
                        WorkPackagePage.CURRENCIES));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(
            @PathParam("code") String code,
            @RestForm(Csrf.FIELD) String token,
            @RestForm("code") String packageCode,
            @RestForm String title,
            @RestForm String scope,
            @RestForm String fundingSource,
            @RestForm String category,
            @RestForm String budget,
            @RestForm String currency,
            @RestForm String plannedStart,
            @RestForm String plannedEnd) {
        CenterView center = centers.require(code);
        String[] typed = {
            "code", packageCode,
            "title", title,
            "scope", scope,
            "fundingSource", fundingSource,
            "category", category,
            "budget", budget,
            "currency", currency,
            "plannedStart", plannedStart,
            "plannedEnd", plannedEnd
        };
        FormErrors errors = FormErrors.posted(page, token);
        NewWorkPackage request = new NewWorkPackage();
        request.code = FormErrors.blankToNull(packageCode);
        request.title = FormErrors.blankToNull(title);
        request.scope = FormErrors.blankToNull(scope);
        request.fundingSource = FormErrors.blankToNull(fundingSource);
        request.category = errors.choice("category", BudgetCategory.class, category);
        BigDecimal amount = errors.number("budget", budget, false);
        request.budget =
                amount == null ? null : new Money(amount, FormErrors.blankToNull(currency));
        request.plannedStart = errors.date("plannedStart", plannedStart, false);
        request.plannedEnd = errors.date("plannedEnd", plannedEnd, false);
        errors.violations(validator.validate(request));
        if (!errors.any()) {
            try {
                WorkPackageView created = packages.create(code, request, page.user());
                return WorkPackagePage.backTo(code, created.id(), "created");
            } catch (Refusal e) {
                if (e.reason() == Reason.DUPLICATE) {
                    errors.refused(e, "code");
                } else {
                    errors.refused(e);
                }
            }
        }
        return FormErrors.unprocessable(form(center, FilledForm.refused(errors, typed)));
    }
}
