package vn.hailong.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kiosks as the kiosk app behaves (kiosk-ui/js/outbox.js): each rating gets a UUID Idempotency-Key and a fixed body
 * when the citizen presses a face, stays in the device's queue until the server answers 2xx, and is sent again with
 * the same key and body after any other answer or no answer. One thread per kiosk, one request at a time, no pause
 * between ratings (a load, not a real centre). Every answer is counted per second of the run.
 */
final class KioskFleet {

    record Rating(String key, String body) {
    }

    /** Answers per status per second since the fleet started; status 0 is no answer (connection error, timeout). */
    final ConcurrentSkipListMap<Long, Map<Integer, AtomicInteger>> perSecond = new ConcurrentSkipListMap<>();
    /** Acknowledged key → the id the server answered. */
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    final Map<String, Boolean> sent = new ConcurrentHashMap<>();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong replays = new AtomicLong();
    final Map<String, AtomicInteger> errorBodies = new ConcurrentHashMap<>();
    private final java.util.Queue<Double> okTimes = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private final String baseUrl;
    private final List<String> tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final long startedNanos = System.nanoTime();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Deque<Rating>> queues = new ArrayList<>();
    private volatile boolean rating = true;
    private volatile boolean running = true;

    KioskFleet(String baseUrl, List<String> tokens) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    void start() {
        for (int i = 0; i < tokens.size(); i++) {
            Deque<Rating> queue = new ArrayDeque<>();
            queues.add(queue);
            String token = tokens.get(i);
            Random random = new Random(i);
            Thread t = new Thread(() -> run(token, queue, random), "kiosk-" + i);
            threads.add(t);
            t.start();
        }
    }

    /** Citizens stop rating; each kiosk still empties its queue. */
    void stopRating() {
        rating = false;
    }

    int queued() {
        return queues.stream().mapToInt(q -> {
            synchronized (q) {
                return q.size();
            }
        }).sum();
    }

    void stop() throws InterruptedException {
        rating = false;
        running = false;
        for (Thread t : threads) {
            t.join(15_000);
        }
    }

    double seconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private void run(String token, Deque<Rating> queue, Random random) {
        int attempt = 0;
        while (running) {
            Rating next;
            synchronized (queue) {
                if (queue.isEmpty() && rating) {
                    queue.add(newRating(random));
                }
                next = queue.peekFirst();
            }
            if (next == null) {
                if (!rating) {
                    return;
                }
                continue;
            }
            int status = post(token, next);
            if (status >= 200 && status < 300) {
                synchronized (queue) {
                    queue.pollFirst();
                }
                attempt = 0;
            } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
                // the kiosk drops what the server rejects for good (outbox.js: REJECTED); none is expected here
                synchronized (queue) {
                    queue.pollFirst();
                }
            } else {
                retries.incrementAndGet();
                // the kiosk's backoff (2 s doubling) shortened tenfold so that the drill stays short
                sleep(Math.min(3_000, 200L << Math.min(attempt++, 4)));
            }
        }
    }

    private Rating newRating(Random random) {
        String key = UUID.randomUUID().toString();
        String at = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.MILLIS).toString();
        sent.put(key, Boolean.TRUE);
        return new Rating(key, "{\"score\":" + (1 + random.nextInt(5)) + ",\"channel\":\"KIOSK\",\"submittedAt\":\"" + at + "\"}");
    }

    private int post(String token, Rating r) {
        int status;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/ratings"))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", r.key())
                    .POST(HttpRequest.BodyPublishers.ofString(r.body())).build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            if (status == 200 || status == 201) {
                okTimes.add(seconds());
                String id = response.body().replaceAll(".*\"id\"\\s*:\\s*\"?([0-9]+).*", "$1");
                String before = acknowledged.putIfAbsent(r.key(), id);
                if (status == 200) {
                    replays.incrementAndGet();
                }
                if (before != null && !before.equals(id)) {
                    errorBodies.computeIfAbsent("one key answered two ids: " + r.key(), k -> new AtomicInteger()).incrementAndGet();
                }
            } else {
                String body = response.body().replaceAll("\"instance\":\"[^\"]*\"", "");
                errorBodies.computeIfAbsent(status + " " + body.substring(0, Math.min(200, body.length())),
                        k -> new AtomicInteger()).incrementAndGet();
            }
        } catch (IOException e) {
            status = 0;
            errorBodies.computeIfAbsent("no answer: " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return 0;
        }
        long second = (long) seconds();
        perSecond.computeIfAbsent(second, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        return status;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** 2xx answers per second between two moments of the run (seconds since start). */
    double okRate(double from, double to) {
        long ok = perSecond.subMap((long) Math.ceil(from), true, (long) Math.floor(to), false).values().stream()
                .flatMap(m -> m.entrySet().stream()).filter(e -> e.getKey() >= 200 && e.getKey() < 300)
                .mapToLong(e -> e.getValue().get()).sum();
        return ok / Math.max(1e-9, Math.floor(to) - Math.ceil(from));
    }

    long count(java.util.function.IntPredicate status) {
        return perSecond.values().stream().flatMap(m -> m.entrySet().stream())
                .filter(e -> status.test(e.getKey())).mapToLong(e -> e.getValue().get()).sum();
    }

    /**
     * The longest time without any acknowledged rating between two moments of the run (seconds since start): how
     * long the clients saw no progress, e.g. after a node was killed.
     */
    double longestStall(double from, double to) {
        List<Double> times = new ArrayList<>(okTimes);
        times.removeIf(t -> t < from || t > to);
        java.util.Collections.sort(times);
        double previous = from;
        double longest = 0;
        for (double t : times) {
            longest = Math.max(longest, t - previous);
            previous = t;
        }
        return Math.max(longest, to - previous);
    }
}
