package org.rehabtrack.report.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.rehabtrack.security.SessionKey;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Links to an archived workbook that anyone holding them may follow until they expire, for the
 * workbooks a schedule sends that are too large to attach (docs/reports.md, "Schedules"). A link
 * names the workbook and the moment it expires, signed with an HMAC under the session key: changing
 * either breaks the signature, and a link past its moment is refused.
 */
@ApplicationScoped
public class ArchiveLinks {

    private final Optional<String> publicUrl;
    private final Duration validFor;
    private final Function<String, byte[]> hmac;
    private final Clock clock;

    @Inject
    ArchiveLinks(RehabtrackConfig config, SessionKey key, Clock clock) {
        this(config.publicUrl(), config.reports().mail().linkValidFor(), key::hmac, clock);
    }

    ArchiveLinks(
            Optional<String> publicUrl,
            Duration validFor,
            Function<String, byte[]> hmac,
            Clock clock) {
        this.publicUrl = publicUrl.filter(url -> !url.isBlank()).map(ArchiveLinks::withoutSlash);
        this.validFor = validFor;
        this.hmac = hmac;
        this.clock = clock;
    }

    /** A link made now: the address to follow, and when it stops working. */
    public record Link(URI uri, Instant expires) {}

    /**
     * A link to an archived workbook, valid from now for the configured time; refused when no
     * public address (REHABTRACK_PUBLIC_URL) is set, since no recipient could follow it.
     */
    public Link link(Archived workbook) {
        long id = workbook.id();
        String base =
                publicUrl.orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "REHABTRACK_PUBLIC_URL is not set: a workbook too large to attach"
                                                + " is sent as a link to the service, and the service"
                                                + " does not know its own address"));
        Instant expires =
                clock.instant().plus(validFor).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long seconds = expires.getEpochSecond();
        return new Link(
                URI.create(
                        base
                                + "/reports/archive/"
                                + id
                                + "/"
                                + workbook.fileName()
                                + "?expires="
                                + seconds
                                + "&signature="
                                + signature(id, seconds)),
                expires);
    }

    /**
     * Checks a link's expiry and signature: 403 for a signature that does not match (a link
     * changed, or made under another key) or for a link past its expiry.
     */
    public void check(long id, String expires, String signature) {
        long seconds;
        try {
            seconds = Long.parseLong(expires == null ? "" : expires);
        } catch (NumberFormatException e) {
            throw Refusal.refused(Refusal.Reason.FORBIDDEN, "archive.link.invalid");
        }
        byte[] expected = signature(id, seconds).getBytes(StandardCharsets.US_ASCII);
        byte[] given = (signature == null ? "" : signature).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw Refusal.refused(Refusal.Reason.FORBIDDEN, "archive.link.invalid");
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(seconds))) {
            throw Refusal.refused(Refusal.Reason.FORBIDDEN, "archive.link.expired");
        }
    }

    private String signature(long id, long expires) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(hmac.apply("archive-link " + id + " " + expires));
    }

    private static String withoutSlash(String url) {
        String stripped = url.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
