package org.rehabtrack.system;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The one language negotiation of the service, for pages, workbooks and API answers alike: the
 * service speaks English and Spanish; a language asked by name ({@code ?lang=}, a remembered
 * choice) wins over the caller's {@code Accept-Language}; anything else is English.
 */
public final class Languages {

    /** The cookie that remembers a language the user chose with {@code ?lang=}. */
    public static final String COOKIE = "rehabtrack-lang";

    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, SPANISH);

    private Languages() {}

    /** The supported language closest to the one asked for; English otherwise. */
    public static Locale supported(Locale requested) {
        if (requested != null) {
            for (Locale locale : SUPPORTED) {
                if (locale.getLanguage().equals(requested.getLanguage())) {
                    return locale;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** A language asked for by its tag ({@code es}, {@code en-GB}); English for any other. */
    public static Locale named(String tag) {
        return tag == null || tag.isBlank()
                ? Locale.ENGLISH
                : supported(Locale.forLanguageTag(tag.strip()));
    }

    /** The first of the caller's preferred languages that the service speaks. */
    public static Locale negotiate(List<Locale> acceptable) {
        for (Locale candidate : acceptable) {
            for (Locale locale : SUPPORTED) {
                if (locale.getLanguage().equals(candidate.getLanguage())) {
                    return locale;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * The caller's language from its {@code Accept-Language}; English when it cannot be read
     * ({@code AcceptLanguageFilter} drops what is malformed before, this is for anything it
     * missed).
     */
    public static Locale of(HttpHeaders headers) {
        try {
            return headers == null ? Locale.ENGLISH : negotiate(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return Locale.ENGLISH;
        }
    }

    /**
     * The language a request names first (an explicit {@code ?lang=}, then a remembered choice),
     * else its {@code Accept-Language}; English when none can be read.
     */
    public static Locale chosen(ContainerRequestContext request, String... named) {
        for (String tag : named) {
            if (tag != null && !tag.isBlank()) {
                return named(tag);
            }
        }
        try {
            return negotiate(request.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return Locale.ENGLISH;
        }
    }

    /** The language of a raw {@code Accept-Language} header, for code below JAX-RS. */
    public static Locale ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            return negotiate(
                    Locale.LanguageRange.parse(acceptLanguage).stream()
                            .map(range -> Locale.forLanguageTag(range.getRange()))
                            .toList());
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    /**
     * The language named first among those given (an explicit {@code ?lang=}, then a remembered
     * choice), else the caller's {@code Accept-Language}.
     */
    public static Locale chosen(HttpHeaders headers, String... named) {
        for (String tag : named) {
            if (tag != null && !tag.isBlank()) {
                return named(tag);
            }
        }
        return of(headers);
    }
}
