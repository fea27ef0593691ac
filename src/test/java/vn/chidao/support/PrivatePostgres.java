package vn.chidao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, from the local installation's binaries ({@code initdb}, {@code pg_ctl} under
 * {@code /usr/lib/postgresql/<version>/bin}): a new cluster in a temporary folder, listening on 127.0.0.1 on a free
 * port (trust authentication, user {@code postgres}), that the test may stop and start at will without touching the
 * shared server other work runs on. PostgreSQL refuses to run as root: as root the tools run as the {@code postgres}
 * system user ({@code runuser}).
 */
public final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path directory;
    private final int port;

    private PrivatePostgres(Path bin, Path directory, int port) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
    }

    /** A new cluster, started; {@link #close()} stops it and removes its files. */
    public static PrivatePostgres start() {
        Path bin = binaries();
        try {
            Path directory = Files.createTempDirectory("chidao-pg-");
            PrivatePostgres server = new PrivatePostgres(bin, directory, ChildNode.freePort());
            if (asRoot()) {
                run(List.of("chown", "postgres:postgres", directory.toString()));
            }
            server.tool("initdb", "-D", server.data(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync");
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of {@code database} on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** {@code pg_ctl start}: waits until the server accepts connections. */
    public void startServer() {
        tool("pg_ctl", "-D", data(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    /** {@code pg_ctl stop -m fast}: open sessions are ended, their transactions rolled back; waits until it is down. */
    public void stopServer() {
        tool("pg_ctl", "-D", data(), "-w", "-t", "60", "-m", "fast", "stop");
    }

    @Override
    public void close() {
        try {
            tool("pg_ctl", "-D", data(), "-w", "-m", "immediate", "stop");
        } catch (AssertionError alreadyStopped) {
            // nothing to stop
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    private void tool(String name, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(name).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) {
        PgTools.run(command, Map.of());
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest installed version's binaries. */
    private static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                    .orElseThrow(() -> new AssertionError("No PostgreSQL binaries under /usr/lib/postgresql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
