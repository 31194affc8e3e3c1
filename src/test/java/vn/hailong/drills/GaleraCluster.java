package vn.hailong.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A MariaDB Galera cluster of its own on loopback: the installed {@code mariadbd} with Debian's {@code galera-4}
 * provider, each node with its own data directory and ports, started with {@code --no-defaults} so that nothing of
 * the machine's own server (its port 3306, its configuration files) is read or touched. Node 1 bootstraps the
 * cluster ({@code --wsrep-new-cluster}); the others join it by rsync state transfer.
 */
final class GaleraCluster implements AutoCloseable {

    static final String PROVIDER = "/usr/lib/galera/libgalera_smm.so";

    /** One node: client port, group communication (gcomm), incremental (IST) and snapshot (SST) transfer ports. */
    final class Node {
        final int number;
        final int port = freePort();
        final int gcommPort = freePort();
        final int istPort = freePort();
        final int sstPort = freePort();
        final Path dataDir;
        Process process;

        Node(int number) {
            this.number = number;
            this.dataDir = root.resolve("node" + number);
        }

        String jdbc(String database) {
            return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?sslMode=DISABLED&connectTimeout=2000";
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbc(""), "root", "");
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        /** SIGKILL: InnoDB and Galera get no chance to finish anything. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        void start(boolean bootstrap) throws IOException {
            start(bootstrap, List.of());
        }

        /**
         * Starts again after a crash from where the node's InnoDB log ends, as Debian's {@code galera_recovery} does:
         * {@code --wsrep-recover} finds the last committed position, {@code --wsrep-start-position} hands it to
         * Galera, so that the node catches up by incremental transfer from the donor's cache (IST). Without it the
         * node knows no position and takes a full rsync snapshot (SST), which blocks the donor's writes meanwhile.
         */
        String restartAfterCrash() throws IOException, InterruptedException {
            Path log = root.resolve("node" + number + ".recover");
            List<String> recover = new ArrayList<>(command(false));
            recover.removeIf(a -> a.startsWith("--log-error="));
            recover.add("--log-error=" + log);
            recover.add("--wsrep-recover");
            Process p = new ProcessBuilder(recover).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("node" + number + ".out").toFile())).start();
            p.waitFor();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Recovered position: (\\S+)")
                    .matcher(Files.exists(log) ? Files.readString(log) : "");
            String position = null;
            while (m.find()) {
                position = m.group(1);
            }
            start(false, position == null ? List.of() : List.of("--wsrep-start-position=" + position));
            return position == null ? "no recovered position (full state transfer)" : "recovered position " + position;
        }

        private void start(boolean bootstrap, List<String> extra) throws IOException {
            List<String> command = command(bootstrap);
            command.addAll(extra);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("node" + number + ".out").toFile()))
                    .start();
        }

        private List<String> command(boolean bootstrap) {
            List<String> command = new ArrayList<>(List.of("/usr/sbin/mariadbd", "--no-defaults",
                    "--datadir=" + dataDir, "--port=" + port, "--bind-address=127.0.0.1",
                    "--socket=" + root.resolve("node" + number + ".sock"), "--pid-file=" + dataDir.resolve("mariadbd.pid"),
                    "--log-error=" + root.resolve("node" + number + ".err"),
                    "--skip-ssl", "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                    "--innodb-buffer-pool-size=128M", "--innodb-log-file-size=64M", "--max-connections=200",
                    // Galera's requirements: row-based events, InnoDB, interleaved auto-increment locks
                    "--binlog-format=ROW", "--default-storage-engine=InnoDB", "--innodb-autoinc-lock-mode=2",
                    "--wsrep-on=ON", "--wsrep-provider=" + PROVIDER, "--wsrep-cluster-name=hailong-drill",
                    "--wsrep-cluster-address=" + clusterAddress(), "--wsrep-node-name=node" + number,
                    "--wsrep-node-address=127.0.0.1", "--wsrep-node-incoming-address=127.0.0.1:" + port,
                    "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + gcommPort
                            + ";ist.recv_addr=127.0.0.1:" + istPort + ";gcache.size=128M",
                    "--wsrep-sst-receive-address=127.0.0.1:" + sstPort, "--wsrep-sst-method=rsync"));
            if (runAsMysql) {
                command.add("--user=mysql");
            }
            if (bootstrap) {
                command.add("--wsrep-new-cluster");
            }
            return command;
        }

        /** Waits until the node accepts clients and is a synced member of the primary component. */
        void awaitSynced(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            String last = "no answer";
            while (System.nanoTime() < deadline) {
                if (!alive()) {
                    throw new IllegalStateException("node " + number + " exited; see " + root.resolve("node" + number + ".err"));
                }
                try (Connection c = connect(); var s = c.createStatement();
                     var rs = s.executeQuery("SHOW STATUS LIKE 'wsrep_local_state_comment'")) {
                    last = rs.next() ? rs.getString(2) : "?";
                    if ("Synced".equals(last)) {
                        return;
                    }
                } catch (SQLException notYet) {
                    last = notYet.getMessage();
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("node " + number + " not synced within " + timeout + ": " + last);
        }

        String status(String name) throws SQLException {
            try (Connection c = connect(); var s = c.createStatement();
                 var rs = s.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
                return rs.next() ? rs.getString(2) : null;
            }
        }

        /** Client connections to this node on the given database (the service's pool). */
        int connectionsTo(String database) throws SQLException {
            try (Connection c = connect(); var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = '" + database + "'")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Ports below the kernel's ephemeral range (32768–60999 on Linux): a port taken from the ephemeral range while
     * free may be the local end of some outgoing connection by the time the node binds it (seen: IST listener,
     * "Address already in use").
     */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_PORT =
            new java.util.concurrent.atomic.AtomicInteger(20_000 + new java.util.Random().nextInt(10_000));

    private static int freePort() {
        while (true) {
            int candidate = NEXT_PORT.getAndIncrement();
            if (candidate >= 32_000) {
                NEXT_PORT.set(20_000);
                continue;
            }
            try (java.net.ServerSocket s = new java.net.ServerSocket(candidate, 1,
                    java.net.InetAddress.getLoopbackAddress())) {
                return candidate;
            } catch (IOException taken) {
                // next one
            }
        }
    }

    private final Path root;
    private final boolean runAsMysql;
    final List<Node> nodes = new ArrayList<>();

    GaleraCluster(Path root, int size) {
        this.root = root.toAbsolutePath();
        // as root, mariadbd drops to user mysql; the rsync daemon of a state transfer then runs as mysql too (as root
        // it would switch to nobody, which cannot write the joiner's data directory)
        this.runAsMysql = "root".equals(System.getProperty("user.name"));
        for (int i = 1; i <= size; i++) {
            nodes.add(new Node(i));
        }
    }

    String clusterAddress() {
        return "gcomm://" + nodes.stream().map(n -> "127.0.0.1:" + n.gcommPort).collect(Collectors.joining(","));
    }

    /**
     * Connector/J's multi-host URL over every node, in node order: {@code failover} (plain {@code jdbc:mysql://}),
     * one node takes the writes at a time; or {@code loadbalance}, each transaction on any node.
     */
    String url(String mode, String database, String options) {
        String scheme = "loadbalance".equals(mode) ? "jdbc:mysql:loadbalance://" : "jdbc:mysql://";
        return scheme + nodes.stream().map(n -> "127.0.0.1:" + n.port).collect(Collectors.joining(","))
                + "/" + database + "?" + options;
    }

    /** Fresh data directories (node 1 initialised, the others filled by state transfer), then every node synced. */
    void start() throws IOException, InterruptedException {
        if (!Files.exists(Path.of(PROVIDER))) {
            throw new IllegalStateException(PROVIDER + " is missing: apt-get install galera-4");
        }
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (Node n : nodes) {
            Files.createDirectories(n.dataDir);
        }
        run("/usr/bin/mariadb-install-db", "--no-defaults", "--datadir=" + nodes.get(0).dataDir,
                "--auth-root-authentication-method=normal", "--skip-test-db",
                runAsMysql ? "--user=mysql" : "--user=" + System.getProperty("user.name"));
        if (runAsMysql) {
            run("chown", "-R", "mysql:mysql", root.toString());
        }
        for (Node n : nodes) {
            long t = System.nanoTime();
            n.start(n.number == 1);
            n.awaitSynced(Duration.ofSeconds(90));
            GaleraDrill.log("node " + n.number + " synced on port " + n.port + " in "
                    + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("setup.log").toFile())).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + root.resolve("setup.log"));
        }
    }

    /** How the node's last start caught up with the cluster, from its error log. */
    String stateTransferOf(Node node) throws IOException {
        String log = Files.readString(root.resolve("node" + node.number + ".err"));
        int lastStart = log.lastIndexOf("as process ");
        String since = lastStart < 0 ? log : log.substring(lastStart);
        // the SST script runs on an IST too, then the donor logs that it bypassed the snapshot
        boolean bypassed = false;
        for (Node n : nodes) {
            bypassed |= n != node && Files.readString(root.resolve("node" + n.number + ".err")).contains("Bypassing state dump");
        }
        boolean snapshot = since.contains("rsync SST") && !bypassed;
        boolean incremental = since.contains("Receiving IST");
        return snapshot ? "full rsync snapshot (SST; the donor's writes are blocked while it copies)"
                + (incremental ? " then IST" : "")
                : incremental ? "incremental transfer (IST)" : "no state transfer seen in its log";
    }

    /** SIGKILL for the nodes still running: the drill's data directories are thrown away at the next start. */
    @Override
    public void close() throws InterruptedException {
        for (Node n : nodes) {
            if (n.alive()) {
                n.kill();
            }
        }
    }
}
