package org.rehabtrack.report.archive;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.Refusal;

/** A signed link to an archived workbook works until it expires, and only as it was made. */
class ArchiveLinksTest {

    private static final Instant NOW = Instant.parse("2027-02-05T12:00:00Z");
    private static final Archived WORKBOOK =
            new Archived(42, java.nio.file.Path.of("budget.xlsx"), "budget.xlsx", "budget", "en");
    private static final Pattern LINK =
            Pattern.compile(
                    "https://rehabtrack\\.example\\.org/reports/archive/(\\d+)/budget\\.xlsx"
                            + "\\?expires=(\\d+)&signature=([A-Za-z0-9_-]+)");

    /** A stand-in for the session key's HMAC: any function of the text will do here. */
    private static Function<String, byte[]> key(String secret) {
        return text -> (secret + text).getBytes(StandardCharsets.UTF_8);
    }

    private static ArchiveLinks links(Instant now, String secret) {
        return new ArchiveLinks(
                Optional.of("https://rehabtrack.example.org/"),
                Duration.ofDays(30),
                key(secret),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Matcher parts(ArchiveLinks.Link link) {
        Matcher matcher = LINK.matcher(link.uri().toString());
        assertTrue(matcher.matches(), link.uri().toString());
        return matcher;
    }

    private static String reason(Runnable check) {
        Refusal refusal = assertThrows(Refusal.class, check::run);
        assertEquals(Refusal.Reason.FORBIDDEN, refusal.reason());
        return refusal.detail().key();
    }

    @Test
    void aLinkWorksUntilItExpires() {
        ArchiveLinks.Link link = links(NOW, "k").link(WORKBOOK);
        assertEquals(NOW.plus(Duration.ofDays(30)), link.expires());
        Matcher parts = parts(link);
        assertEquals("42", parts.group(1));
        assertDoesNotThrow(
                () ->
                        links(link.expires().minusSeconds(1), "k")
                                .check(42, parts.group(2), parts.group(3)));
        assertEquals(
                "archive.link.expired",
                reason(() -> links(link.expires(), "k").check(42, parts.group(2), parts.group(3))));
    }

    @Test
    void aLinkChangedOrMadeUnderAnotherKeyIsRefused() {
        Matcher parts = parts(links(NOW, "k").link(WORKBOOK));
        ArchiveLinks links = links(NOW, "k");
        String expires = parts.group(2);
        String signature = parts.group(3);
        assertEquals("archive.link.invalid", reason(() -> links.check(43, expires, signature)));
        assertEquals(
                "archive.link.invalid",
                reason(
                        () ->
                                links.check(
                                        42,
                                        String.valueOf(Long.parseLong(expires) + 86400),
                                        signature)));
        assertEquals("archive.link.invalid", reason(() -> links.check(42, "soon", signature)));
        assertEquals("archive.link.invalid", reason(() -> links.check(42, expires, null)));
        assertEquals(
                "archive.link.invalid",
                reason(() -> links(NOW, "other").check(42, expires, signature)));
    }

    @Test
    void noLinkIsMadeWithoutThePublicAddress() {
        ArchiveLinks links =
                new ArchiveLinks(
                        Optional.of(" "),
                        Duration.ofDays(30),
                        key("k"),
                        Clock.fixed(NOW, ZoneOffset.UTC));
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> links.link(WORKBOOK));
        assertTrue(refused.getMessage().contains("REHABTRACK_PUBLIC_URL"));
    }
}
