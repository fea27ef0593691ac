package vn.chidao.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own, as an operator runs it: {@code java -cp <the tests' classpath>
 * vn.chidao.ChidaoApplication} with the {@code postgres} and {@code test} profiles on a database the test names, the
 * job executor on, a port of its own. Unlike a Spring context in the test's JVM it can be killed outright ({@link
 * #kill()}: SIGKILL, no shutdown hook runs) and started again on the same database. Its output goes to a file under
 * {@code target/} whose tail a failure to start shows.
 */
public final class ChildNode {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String databaseUrl;
    private final List<String> arguments;
    private final Path log;
    private final int port;
    private Process process;

    private ChildNode(String databaseUrl, List<String> arguments, String name) {
        this.databaseUrl = databaseUrl;
        this.arguments = arguments;
        this.port = freePort();
        try {
            Files.createDirectories(Path.of("target", "child-nodes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.log = Path.of("target", "child-nodes", name + "-" + port + ".log");
    }

    /** A node (not started yet) on the database of {@code databaseUrl}; {@code arguments} are Spring's {@code --x=y}. */
    public static ChildNode on(String databaseUrl, String name, String... arguments) {
        return new ChildNode(databaseUrl, List.of(arguments), name);
    }

    public int port() {
        return port;
    }

    /** Starts the JVM and waits until {@code /actuator/health} answers 200; the time that took. */
    public Duration start() {
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-XX:TieredStopAtLevel=1", "-cp", classpath(), "vn.chidao.ChidaoApplication",
                "--spring.profiles.active=postgres,test",
                "--spring.datasource.url=" + databaseUrl,
                "--server.port=" + port,
                "--camunda.bpm.job-execution.enabled=true",
                "--logging.level.root=warn"));
        command.addAll(arguments);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy(START_TIMEOUT);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** SIGKILL: the JVM ends at once, mid-transaction if it is in one; waits until it is gone. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** An orderly stop (SIGTERM: Spring's shutdown hook runs). */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor()) {
                kill();
            }
        }
    }

    /** Waits until {@code /actuator/health} answers 200 (the database reachable again), at most {@code timeout}. */
    public void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new AssertionError("The node ended (exit " + process.exitValue() + "):\n" + tail());
            }
            if (health() == 200) {
                return;
            }
            sleep(250);
        }
        throw new AssertionError("The node was not healthy within " + timeout + ":\n" + tail());
    }

    /** The status of {@code /actuator/health}, 0 when nothing answers. */
    public int health() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines the node wrote. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private boolean waitFor() {
        try {
            return process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tests' classpath (Surefire names it here even when it starts the tests from a manifest-only jar) without
     * empty entries: an empty one is the working folder, the project's, where the engine would find processes/*.bpmn
     * a second time beside target/classes/processes and refuse to deploy.
     */
    private static String classpath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
