package org.rehabtrack.system;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as a separate process,
 * from a working directory of the test's choosing, as a user would start it.
 */
final class RunningApplication implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private RunningApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static RunningApplication start(Path workingDirectory, Map<String, String> environment)
            throws IOException {
        RunningApplication app = launch(workingDirectory, environment);
        app.awaitReady();
        return app;
    }

    /** Starts the application expecting it to refuse: answers what it wrote before it stopped. */
    static String refusedStart(Path workingDirectory, Map<String, String> environment)
            throws IOException, InterruptedException {
        RunningApplication app = launch(workingDirectory, environment);
        if (!app.process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            app.kill();
            throw new IllegalStateException("The application did not stop:\n" + app.log());
        }
        if (app.process.exitValue() == 0) {
            throw new IllegalStateException(
                    "The application stopped without an error:\n" + app.log());
        }
        return app.log();
    }

    private static RunningApplication launch(Path workingDirectory, Map<String, String> environment)
            throws IOException {
        String jar = System.getProperty("rehabtrack.app.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException(
                    "Packaged application not found (" + jar + "): run mvn verify");
        }
        int port = freePort();
        Path log = Files.createTempFile(workingDirectory, "rehabtrack-", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(javaExecutable(), "-jar", jar)
                        .directory(workingDirectory.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        return new RunningApplication(builder.start(), port, log);
    }

    String baseUri() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    /**
     * Kills the process at once (SIGKILL): no shutdown hook runs, nothing is flushed on the way
     * out.
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The application stopped while starting:\n" + log());
            }
            if (isReady()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(
                "The application was not ready within " + START_TIMEOUT + ":\n" + log());
    }

    private boolean isReady() {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection)
                            URI.create(baseUri() + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
