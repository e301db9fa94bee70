package org.rehabtrack.report.schedule;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port for the tests that send mail, with the mailer
 * pointed at it and no longer mocked; the tests read what it received ({@link #receivedBy}).
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    /** The service's public address in these tests, that of the links it mails. */
    public static final String PUBLIC_URL = "https://rehabtrack.example.org";

    private static GreenMail server;
    private Map<String, String> settings = Map.of();

    /** Settings of the service for the test class, given as the resource's arguments. */
    @Override
    public void init(Map<String, String> initArgs) {
        settings = Map.copyOf(initArgs);
    }

    @Override
    public Map<String, String> start() {
        // A port of its own, kept across a stop and a start (a test stops the server to make
        // sending fail).
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Map<String, String> config = new java.util.HashMap<>(settings);
        config.putAll(
                Map.of(
                        "quarkus.mailer.mock", "false",
                        "quarkus.mailer.host", "127.0.0.1",
                        "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                        "quarkus.mailer.from", "rehabtrack@example.org",
                        "quarkus.mailer.start-tls", "DISABLED",
                        "rehabtrack.public-url", PUBLIC_URL));
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The messages the server received for an address. */
    public static java.util.List<jakarta.mail.internet.MimeMessage> receivedBy(String address) {
        return java.util.Arrays.stream(server.getReceivedMessages())
                .filter(message -> addressedTo(message, address))
                .toList();
    }

    private static boolean addressedTo(jakarta.mail.internet.MimeMessage message, String address) {
        try {
            return java.util.Arrays.stream(
                            message.getRecipients(jakarta.mail.Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server the mail went to. */
    public static GreenMail server() {
        return server;
    }
}
