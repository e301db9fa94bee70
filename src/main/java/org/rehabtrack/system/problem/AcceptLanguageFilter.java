package org.rehabtrack.system.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps only the well-formed entries of a request's {@code Accept-Language} (RFC 9110 12.4.2 and
 * 12.5.4: a language range, and at most a quality from 0 to 1 with three decimals), before anything
 * reads it: the REST layer fails on a malformed one ({@code es;q=abc}) wherever the caller's
 * languages are asked for, which would answer 500 even while answering another error. A header with
 * no well-formed entry left is dropped, and the answer is in the default language.
 */
public class AcceptLanguageFilter {

    private static final Pattern RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern QUALITY =
            Pattern.compile("[qQ]\\s*=\\s*(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?)");

    @ServerRequestFilter(preMatching = true)
    public void clean(ContainerRequestContext request) {
        List<String> headers = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (headers == null || headers.isEmpty()) {
            return;
        }
        String sent = String.join(",", headers);
        String kept = wellFormed(sent);
        if (kept.equals(sent) && headers.size() == 1) {
            return;
        }
        if (kept.isEmpty()) {
            request.getHeaders().remove(HttpHeaders.ACCEPT_LANGUAGE);
        } else {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, kept);
        }
    }

    /**
     * The well-formed entries of an Accept-Language value, as sent, comma-separated; empty when
     * none.
     */
    static String wellFormed(String header) {
        List<String> kept = new ArrayList<>();
        for (String entry : header.split(",")) {
            String[] parts = entry.split(";", -1);
            String range = parts[0].strip();
            if (!RANGE.matcher(range).matches()
                    || parts.length > 2
                    || parts.length == 2 && !QUALITY.matcher(parts[1].strip()).matches()) {
                continue;
            }
            kept.add(entry.strip());
        }
        return String.join(", ", kept);
    }
}
