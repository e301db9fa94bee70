package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.rehabtrack.partner.PartnerService;
import org.rehabtrack.partner.PartnerView;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.NewUser;
import org.rehabtrack.security.PasswordReset;
import org.rehabtrack.security.Role;
import org.rehabtrack.security.UserService;
import org.rehabtrack.security.UserView;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.Roles;

/**
 * The administrator's pages for users ({@code /admin/users}): the list, a new user with a first
 * password, and a user's page to change the name shown, role and organisation, to disable or enable
 * the user, and to set a new password. The rules are the service's ({@code UserService}: the
 * password policy, an organisation for donors and partners, the last administrator kept); what it
 * refuses comes back in the form (422) in the page's language; a saved form redirects.
 */
@Path("/admin/users")
@RolesAllowed(Roles.ADMIN)
public class UserAdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(Page page, List<UserView> users, String outcome);

        static native TemplateInstance user(
                Page page,
                UserView user,
                FilledForm form,
                FilledForm password,
                Map<String, String> initial,
                List<Role> roles,
                List<PartnerView> partners,
                String outcome);
    }

    private final Page page;
    private final UserService users;
    private final PartnerService partners;
    private final PatchReader patches;
    private final Validator validator;

    UserAdminPage(
            Page page,
            UserService users,
            PartnerService partners,
            PatchReader patches,
            Validator validator) {
        this.page = page;
        this.users = users;
        this.partners = partners;
        this.patches = patches;
        this.validator = validator;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("outcome") String outcome) {
        List<UserView> all =
                users.list().stream().sorted(Comparator.comparing(UserView::username)).toList();
        return page.localized(
                Templates.users(page, all, "created".equals(outcome) ? outcome : null));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance blank() {
        return form(null, FilledForm.EMPTY, FilledForm.EMPTY, null);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("id") long id, @QueryParam("outcome") String outcome) {
        return form(
                users.get(id),
                FilledForm.EMPTY,
                FilledForm.EMPTY,
                "saved".equals(outcome) || "unchanged".equals(outcome) || "password".equals(outcome)
                        ? outcome
                        : null);
    }

    private TemplateInstance form(
            UserView user, FilledForm form, FilledForm password, String outcome) {
        return page.localized(
                Templates.user(
                        page,
                        user,
                        form,
                        password,
                        initial(user),
                        List.of(Role.values()),
                        partners.list(),
                        outcome));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(
            @RestForm(Csrf.FIELD) String token,
            @RestForm String username,
            @RestForm String displayName,
            @RestForm String role,
            @RestForm String organisation,
            @RestForm String email,
            @RestForm String language,
            @RestForm String password) {
        // The password is never drawn again: a refused form asks for it anew.
        String[] typed = {
            "username", username,
            "displayName", displayName,
            "role", role,
            "organisation", organisation,
            "email", email,
            "language", language,
            "password", ""
        };
        FormErrors errors = FormErrors.posted(page, token);
        NewUser request = new NewUser();
        request.username = FormErrors.blankToNull(username);
        request.displayName = FormErrors.blankToNull(displayName);
        request.role = errors.choice("role", Role.class, role);
        request.organisation = FormErrors.blankToNull(organisation);
        request.email = FormErrors.blankToNull(email);
        request.language = FormErrors.blankToNull(language);
        request.password = password == null ? "" : password;
        errors.violations(validator.validate(request));
        if (!errors.any()) {
            try {
                users.create(request, page.user());
                return SeeOther.to(
                        UriBuilder.fromPath("/admin/users")
                                .queryParam("outcome", "created")
                                .build());
            } catch (Refusal e) {
                if (e.reason() == Reason.DUPLICATE) {
                    errors.refused(e, "username");
                } else {
                    errors.refused(e);
                }
            }
        }
        return FormErrors.unprocessable(
                form(null, FilledForm.refused(errors, typed), FilledForm.EMPTY, null));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm long version,
            @RestForm String displayName,
            @RestForm String role,
            @RestForm String organisation,
            @RestForm String email,
            @RestForm String language,
            @RestForm String enabled) {
        UserView before = users.get(id);
        String[] typed = {
            "displayName", displayName,
            "role", role,
            "organisation", organisation,
            "email", email,
            "language", language,
            "enabled", enabled == null ? "" : "true"
        };
        FormErrors errors = FormErrors.posted(page, token);
        Role chosen = errors.choice("role", Role.class, role);
        if (FormErrors.blankToNull(displayName) == null) {
            errors.add("displayName", errors.msg().page_form_required());
        }
        errors.atMost("displayName", displayName, 200);
        if (!errors.any()) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("version", version);
            fields.put("displayName", displayName.strip());
            fields.put("role", chosen);
            fields.put("organisation", FormErrors.blankToNull(organisation));
            fields.put("email", FormErrors.blankToNull(email));
            if (language != null) {
                fields.put("language", language);
            }
            fields.put("enabled", enabled != null);
            try {
                UserView after = users.update(id, patches.of(fields), page.user());
                return backTo(id, after.version() == before.version() ? "unchanged" : "saved");
            } catch (Refusal e) {
                if (e.reason() == Reason.STALE_VERSION) {
                    return stale(id);
                }
                errors.refused(e);
            } catch (OptimisticLockException e) {
                return stale(id);
            }
        }
        return FormErrors.unprocessable(
                form(before, FilledForm.refused(errors, typed), FilledForm.EMPTY, null));
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response resetPassword(
            @PathParam("id") long id,
            @RestForm(Csrf.FIELD) String token,
            @RestForm String password) {
        UserView user = users.get(id);
        FormErrors errors = FormErrors.posted(page, token);
        if (password == null || password.isEmpty()) {
            errors.add("password", errors.msg().page_form_required());
        }
        if (!errors.any()) {
            PasswordReset reset = new PasswordReset();
            reset.password = password;
            try {
                users.resetPassword(id, reset, page.user());
                return backTo(id, "password");
            } catch (Refusal e) {
                errors.refused(e, "password");
            }
        }
        return FormErrors.unprocessable(
                form(user, FilledForm.EMPTY, FilledForm.refused(errors, "password", ""), null));
    }

    /** The user's page (422) with the values someone else saved meanwhile. */
    private Response stale(long id) {
        FormErrors errors = new FormErrors(page);
        errors.add(FormErrors.FORM, page.texts(AdminMessages.class).users_stale());
        UserView now = users.get(id);
        Map<String, String> current = initial(now);
        String[] values = {
            "displayName", current.get("displayName"),
            "role", current.get("role"),
            "organisation", current.get("organisation"),
            "email", current.get("email"),
            "language", current.get("language"),
            "enabled", current.get("enabled")
        };
        return FormErrors.unprocessable(
                form(now, FilledForm.refused(errors, values), FilledForm.EMPTY, null));
    }

    /** What the form shows afresh: the user's values, or a new user's defaults. */
    private static Map<String, String> initial(UserView user) {
        Map<String, String> initial = new HashMap<>();
        initial.put("displayName", user == null ? "" : user.displayName());
        initial.put("role", user == null ? Role.ENGINEER.name() : user.role().name());
        initial.put("organisation", user == null ? "" : Objects.toString(user.organisation(), ""));
        initial.put("email", user == null ? "" : Objects.toString(user.email(), ""));
        initial.put("language", user == null ? "es" : user.language());
        initial.put("enabled", user == null || user.enabled() ? "true" : "");
        return initial;
    }

    private static Response backTo(long id, String outcome) {
        return SeeOther.to(
                UriBuilder.fromPath("/admin/users/{id}").queryParam("outcome", outcome).build(id));
    }
}
