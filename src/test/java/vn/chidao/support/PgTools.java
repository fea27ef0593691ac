package vn.chidao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own command-line tools ({@code pg_dump}, {@code pg_restore}, {@code createdb}, {@code dropdb}) on the
 * server of a JDBC URL, run as an operator runs them (docs/operations.md). Each command must succeed within two
 * minutes; a failure shows its output.
 */
public final class PgTools {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    private final String host;
    private final String port;
    private final String database;
    private final String user;
    private final String password;

    private PgTools(String host, String port, String database, String user, String password) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    /** The tools for the server and database of {@code jdbcUrl}, signing in as {@code user}. */
    public static PgTools of(String jdbcUrl, String user, String password) {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return new PgTools(url.group(1), url.group(2) == null ? "5432" : url.group(2), url.group(3), user,
                password == null ? "" : password);
    }

    /** The database of the URL these tools were made for. */
    public String database() {
        return database;
    }

    /** The JDBC URL of another database on the same server. */
    public String url(String otherDatabase) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + otherDatabase;
    }

    /** {@code pg_dump -Fc}: the whole database in PostgreSQL's custom format, while the application runs. */
    public void dump(String source, Path file) {
        run("pg_dump", "-Fc", "-f", file.toString(), source);
    }

    /** {@code pg_restore} into an existing, empty database; objects owned by the user who restores. */
    public void restore(Path file, String target) {
        run("pg_restore", "--no-owner", "--exit-on-error", "-d", target, file.toString());
    }

    public void create(String name) {
        run("createdb", name);
    }

    /** Drops the database if it exists, ending the sessions still on it. */
    public void drop(String name) {
        run("dropdb", "--if-exists", "--force", name);
    }

    private void run(String tool, String... arguments) {
        List<String> command = new ArrayList<>(List.of(tool, "-h", host, "-p", port, "-U", user, "--no-password"));
        command.addAll(List.of(arguments));
        run(command, password.isEmpty() ? Map.of() : Map.of("PGPASSWORD", password));
    }

    /** Runs a command with these environment variables added; it must succeed within two minutes. */
    static void run(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " took more than 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
