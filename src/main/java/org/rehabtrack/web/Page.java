package org.rehabtrack.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.NewCookie;
import java.util.Locale;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.Labels;
import org.rehabtrack.system.problem.Messages;

/**
 * What every page needs to draw its layout: the language (chosen with {@code ?lang=}, then
 * remembered in a cookie, else the browser's), the labels, the signed-in user and role, and the
 * CSRF token its forms carry. Filled by {@link PageRequestFilter} before a page runs.
 */
@RequestScoped
public class Page {

    public static final String LANG_COOKIE = "rehabtrack-lang";

    private final SecurityIdentity identity;
    private final Csrf csrf;
    private Locale locale = Locale.ENGLISH;
    private String sessionToken;
    private boolean languageChosen;

    Page(SecurityIdentity identity, Csrf csrf) {
        this.identity = identity;
        this.csrf = csrf;
    }

    /**
     * {@code browsers}: the language negotiated from the browser's Accept-Language, the last
     * choice.
     */
    void setUp(String lang, String langCookie, Locale browsers, String sessionToken) {
        this.sessionToken = sessionToken;
        if (lang != null && !lang.isBlank()) {
            locale = Messages.supported(Locale.forLanguageTag(lang.strip()));
            languageChosen = true;
        } else if (langCookie != null && !langCookie.isBlank()) {
            locale = Messages.supported(Locale.forLanguageTag(langCookie));
        } else {
            locale = browsers;
        }
    }

    public Locale locale() {
        return locale;
    }

    public Labels labels() {
        return new Labels(locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String user() {
        return signedIn() ? identity.getPrincipal().getName() : null;
    }

    public String role() {
        return identity.getRoles().stream().findFirst().orElse(null);
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
