package vn.hailong.drills;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several kiosks, each taking a rating every {@code ratingEvery} on one thread and flushing its outbox on another,
 * until told to stop taking ratings; then they keep flushing until their outboxes are empty. Afterwards
 * {@link #verify} compares what the kiosks were told with what the database holds.
 */
final class KioskLoad {

    private final List<KioskClient> clients;
    private final Duration ratingEvery;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Thread> raters = new ArrayList<>();
    private volatile boolean rating = true;
    private volatile boolean draining;
    private volatile boolean stopped;

    KioskLoad(List<KioskClient> clients, Duration ratingEvery) {
        this.clients = clients;
        this.ratingEvery = ratingEvery;
    }

    KioskLoad start() {
        for (KioskClient client : clients) {
            Thread citizens = new Thread(() -> rate(client), "drill-kiosk-" + threads.size() + "-ratings");
            citizens.setDaemon(true);
            raters.add(citizens);
            citizens.start();
            Thread sender = new Thread(() -> send(client), "drill-kiosk-" + threads.size() + "-outbox");
            sender.setDaemon(true);
            threads.add(sender);
            sender.start();
        }
        return this;
    }

    private void rate(KioskClient client) {
        try {
            while (rating && !stopped) {
                client.rate();
                Thread.sleep(ratingEvery.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(KioskClient client) {
        try {
            while (!stopped) {
                client.flush();
                if (draining && client.pending() == 0) {
                    return;
                }
                client.awaitNextFlush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int acknowledged() {
        return clients.stream().mapToInt(KioskClient::acknowledgedCount).sum();
    }

    /** Waits until the kiosks together have been acknowledged {@code more} further ratings; false on timeout. */
    boolean awaitAcknowledged(int more, Duration timeout) throws InterruptedException {
        int target = acknowledged() + more;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acknowledged() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** No more ratings; waits until every outbox is empty (true) or the timeout passes (false, and stops). */
    boolean stopRatingAndDrain(Duration timeout) throws InterruptedException {
        rating = false;
        for (Thread t : raters) {
            t.join();
        }
        draining = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread t : threads) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        stopped = true;
        for (Thread t : threads) {
            t.join(KioskClient.TIMEOUT.toMillis() + 1000);
        }
        return clients.stream().allMatch(c -> c.pending() == 0);
    }

    /** Every answer the kiosks got, all kiosks together (read after {@link #stopRatingAndDrain}). */
    List<KioskClient.Exchange> exchanges() {
        List<KioskClient.Exchange> all = new ArrayList<>();
        clients.forEach(c -> all.addAll(c.exchanges()));
        return all;
    }

    /**
     * Every rating a kiosk was told was stored is stored exactly once, under its key and with the id the kiosk was
     * told; nothing is stored twice (by key or by the client-side id in the comment), nothing the kiosks did not
     * send is stored, and no kiosk had a rating refused. Returns the counts for the drill's report.
     */
    String verify(DrillDatabase database) throws SQLException {
        Map<String, String> acknowledged = new HashMap<>();
        Map<String, String> rated = new HashMap<>();
        List<String> refused = new ArrayList<>();
        for (KioskClient c : clients) {
            acknowledged.putAll(c.acknowledged());
            c.rated().forEach((clientId, key) -> rated.put(key, clientId));
            refused.addAll(c.refused());
        }
        List<KioskClient.Exchange> exchanges = exchanges();
        Map<String, Set<String>> idsAnswered = new HashMap<>();
        for (KioskClient.Exchange e : exchanges) {
            if (e.status() >= 200 && e.status() < 300) {
                idsAnswered.computeIfAbsent(e.key(), k -> new HashSet<>()).add(e.ratingId());
            }
        }
        Map<String, List<String>> storedByKey = new HashMap<>();
        for (String row : database.pairs("SELECT idempotency_key, id FROM ratings")) {
            String[] kv = row.split("\\|");
            storedByKey.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        long rows = storedByKey.values().stream().mapToLong(List::size).sum();
        List<String> doubledKeys = storedByKey.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).toList();
        List<String> doubledClientIds = database.column(
                "SELECT comment FROM ratings GROUP BY comment HAVING COUNT(*) > 1");
        List<String> lost = acknowledged.keySet().stream().filter(k -> !storedByKey.containsKey(k)).toList();
        List<String> unacknowledged = storedByKey.keySet().stream().filter(k -> !acknowledged.containsKey(k)).toList();
        List<String> strangers = storedByKey.keySet().stream().filter(k -> !rated.containsKey(k)).toList();
        List<String> wrongIds = idsAnswered.entrySet().stream()
                .filter(e -> e.getValue().size() != 1 || !e.getValue().equals(Set.copyOf(storedByKey.getOrDefault(e.getKey(), List.of()))))
                .map(Map.Entry::getKey).toList();
        Map<Integer, Long> statuses = new TreeMap<>();
        exchanges.forEach(e -> statuses.merge(e.status(), 1L, Long::sum));

        String report = "sent " + rated.size() + ", requests " + exchanges.size() + " " + statuses
                + ", acknowledged " + acknowledged.size() + ", stored " + rows + ", duplicates "
                + (doubledKeys.size() + doubledClientIds.size()) + ", lost " + lost.size()
                + ", stored but never acknowledged " + unacknowledged.size();
        assertThat(refused).as("ratings the server refused for good; " + report).isEmpty();
        assertThat(lost).as("acknowledged but not stored; " + report).isEmpty();
        assertThat(doubledKeys).as("stored twice under one key; " + report).isEmpty();
        assertThat(doubledClientIds).as("one citizen's rating stored twice; " + report).isEmpty();
        assertThat(strangers).as("stored but never sent; " + report).isEmpty();
        assertThat(unacknowledged).as("stored but not acknowledged although every outbox drained; " + report).isEmpty();
        assertThat(wrongIds).as("a retry was answered with another rating's id; " + report).isEmpty();
        assertThat(rows).as(report).isEqualTo(acknowledged.size()).isEqualTo(rated.size());
        return report;
    }
}
