package org.rehabtrack.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.NewCookie;
import java.util.Locale;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.Role;
import org.rehabtrack.system.Languages;
import org.rehabtrack.system.Roles;

/**
 * What every page needs to draw its layout: the language (chosen with {@code ?lang=}, then
 * remembered in a cookie, else the browser's, through {@link Languages}), its texts ({@link
 * PageMessages}, {@link Labels}) and formats ({@link Formats}), the signed-in user and role, and
 * the CSRF token its forms carry. Filled by {@link PageRequestFilter} before a page runs.
 */
@RequestScoped
public class Page {

    public static final String LANG_COOKIE = Languages.COOKIE;

    private final SecurityIdentity identity;
    private boolean identityKnown = true;
    private final Csrf csrf;
    private Locale locale = Locale.ENGLISH;
    private String sessionToken;
    private boolean languageChosen;

    Page(SecurityIdentity identity, Csrf csrf) {
        this.identity = identity;
        this.csrf = csrf;
    }

    /** The page's language: {@code ?lang=}, else the remembered choice, else the browser's. */
    void setUp(
            String lang,
            String langCookie,
            jakarta.ws.rs.container.ContainerRequestContext request,
            String sessionToken) {
        this.sessionToken = sessionToken;
        languageChosen = lang != null && !lang.isBlank();
        locale = Languages.chosen(request, lang, langCookie);
    }

    /**
     * Draws the page without asking who is signed in: on the I/O thread (the error page of a path
     * no page matches) the request's identity is not resolved yet and may not be, by blocking.
     */
    void withoutIdentity() {
        identityKnown = false;
    }

    /** Whether the page knows who is signed in, or no one; the layout's account part needs it. */
    public boolean identityKnown() {
        return identityKnown;
    }

    public Locale locale() {
        return locale;
    }

    /** The page's texts in its language, for Java code; templates read {@code msg:}. */
    public PageMessages msg() {
        return messages(locale);
    }

    /**
     * The names of enum values in the page's language, for Java code; templates read {@code
     * label:}.
     */
    public Labels labels() {
        return labels(locale);
    }

    /** The page's formats in its language, for Java code; templates read {@code fmt:}. */
    public Formats formats() {
        return new Formats(locale);
    }

    /**
     * A page's template, to be drawn in the page's language (its {@code msg:} and {@code fmt:}).
     */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(locale);
    }

    static PageMessages messages(Locale locale) {
        return texts(PageMessages.class, locale);
    }

    /** The texts of one page area's bundle ({@link CenterFormMessages}) in the page's language. */
    public <T> T texts(Class<T> bundle) {
        return texts(bundle, locale);
    }

    static <T> T texts(Class<T> bundle, Locale locale) {
        return Languages.SPANISH.getLanguage().equals(locale.getLanguage())
                ? MessageBundles.get(bundle, Localized.Literal.of("es"))
                : MessageBundles.get(bundle);
    }

    static Labels labels(Locale locale) {
        return texts(Labels.class, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean signedIn() {
        return identityKnown && !identity.isAnonymous();
    }

    public String user() {
        return signedIn() ? identity.getPrincipal().getName() : null;
    }

    public String role() {
        return identityKnown ? identity.getRoles().stream().findFirst().orElse(null) : null;
    }

    /** Whether the signed-in user is a manager, who may change centers and their plans. */
    public boolean manager() {
        return Roles.MANAGER.equals(role());
    }

    /**
     * Whether the user works on site: a manager or an engineer, who record findings and progress.
     */
    public boolean siteWork() {
        return manager() || Roles.ENGINEER.equals(role());
    }

    /** Whether the signed-in user is an administrator, who manages users and backups. */
    public boolean admin() {
        return Roles.ADMIN.equals(role());
    }

    /** The user's role as the layout names it; none when not signed in or not known. */
    public Role userRole() {
        String role = role();
        for (Role known : Role.values()) {
            if (known.name().equals(role)) {
                return known;
            }
        }
        return null;
    }

    /** The token forms carry against cross-site requests; empty without a browser session. */
    public String csrf() {
        return sessionToken == null ? "" : csrf.tokenOf(sessionToken);
    }

    /**
     * The cookie that remembers a language chosen with {@code ?lang=}, or null when none was
     * chosen.
     */
    NewCookie languageCookie() {
        return languageChosen
                ? new NewCookie.Builder(LANG_COOKIE)
                        .value(lang())
                        .path("/")
                        .httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX)
                        .maxAge(365 * 24 * 3600)
                        .build()
                : null;
    }
}
