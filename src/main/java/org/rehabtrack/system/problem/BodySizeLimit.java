package org.rehabtrack.system.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.rehabtrack.system.Languages;
import org.rehabtrack.system.PageRequests;
import org.rehabtrack.system.PhotoConfig;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Refuses a request whose declared body is too large with a 413 problem+json, before Quarkus's own,
 * outer check (route order -2) would answer it with no body. JSON and other bodies may have {@code
 * rehabtrack.http.max-body-size}; multipart uploads (photos) the photo limit for each photo a form
 * may carry, plus room for the envelope and its text fields.
 *
 * <p>A browser's form gets a page instead: it is sent (303) to {@value #TOO_LARGE_PATH}, whose GET
 * is refused as any other request is refused, so that the refusal is drawn as the site's error page
 * in the page's language.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Where a page's request with too large a body is sent on, with the limit as {@code limit}. */
    public static final String TOO_LARGE_PATH = "/too-large";

    /** Room for the multipart boundaries, headers and caption around a photo. */
    static final long MULTIPART_ENVELOPE = 64 * 1024;

    private final long maxBytes;
    private final long maxUploadBytes;
    private final ObjectMapper mapper;

    BodySizeLimit(RehabtrackConfig config, PhotoConfig photos, ObjectMapper mapper) {
        this.maxBytes = config.http().maxBodySize().asLongValue();
        this.maxUploadBytes =
                photos.maxSize().asLongValue() * PhotoConfig.PER_REQUEST + MULTIPART_ENVELOPE;
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.route().order(-3).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean upload =
                contentType != null
                        && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        long limit = upload ? maxUploadBytes : maxBytes;
        if (declared == null
                || !isOver(declared, limit)
                || ctx.request().path().equals(TOO_LARGE_PATH)) {
            ctx.next();
            return;
        }
        if (PageRequests.asksForAPage(
                ctx.request().path(), ctx.request().getHeader(HttpHeaders.ACCEPT))) {
            // A browser follows this with a GET, its body left behind, to the page that says so.
            ctx.response()
                    .setStatusCode(303)
                    .putHeader(HttpHeaders.LOCATION, TOO_LARGE_PATH + "?limit=" + limit)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end();
            return;
        }
        Locale locale = Languages.ofHeader(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemType type = ProblemType.TOO_LARGE;
        Problem problem =
                new Problem(
                        type.uri(),
                        Messages.get(locale, type.titleKey()),
                        type.status(),
                        Messages.get(locale, "error.bodyTooLarge", limit),
                        ctx.request().path(),
                        List.of());
        try {
            ctx.response()
                    .setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    private static boolean isOver(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
