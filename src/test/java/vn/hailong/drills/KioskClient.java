package vn.hailong.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kiosk as {@code kiosk-ui/js/outbox.js} behaves: each rating goes into an outbox under a fresh UUID as its
 * Idempotency-Key before anything is sent, and leaves it only when the server answers 2xx; 400/403/404/409/422 drop
 * it for good (counted as refused); anything else (no connection, 5xx, 401, 429) keeps it for a retry with the same
 * key after the outbox's backoff (equal jitter, {@code backoff.js}), here compressed from 2 s … 5 min to
 * {@link #BASE_BACKOFF_MS} … {@link #MAX_BACKOFF_MS} so that a drill stays short. A flush sends the due items oldest
 * first and stops at the first retry while nothing was acknowledged (the server is away). Each rating carries a
 * client-side id in its comment, so that a rating stored under two keys would show.
 * <p>Not thread-safe: one thread runs one kiosk.
 */
final class KioskClient {

    static final long BASE_BACKOFF_MS = 250;
    static final long MAX_BACKOFF_MS = 4_000;
    static final Duration FLUSH_EVERY = Duration.ofMillis(600);
    /** The kiosk's request timeout (api.js). */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Set<Integer> NEVER_ACCEPTED = Set.of(400, 403, 404, 409, 422);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"(\\d+)\"");

    /** One answer (status 0: no answer at all). */
    record Exchange(String key, long atMillis, int status, String ratingId, String retryAfter, String contentType,
                    String body) {
    }

    private static final class Item {
        final String key;
        final String clientId;
        final String body;
        int attempts;
        long nextAttemptAt;

        Item(String key, String clientId, String body, long now) {
            this.key = key;
            this.clientId = clientId;
            this.body = body;
            this.nextAttemptAt = now;
        }
    }

    private final String name;
    private final String token;
    private final Supplier<String> baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Guarded by itself: the rating thread adds, the sending thread removes. */
    private final Map<String, Item> outbox = new LinkedHashMap<>();
    private final java.util.concurrent.Semaphore wake = new java.util.concurrent.Semaphore(0);
    private final List<Exchange> exchanges = new ArrayList<>();
    /** Client id → key of every rating this kiosk took from a citizen. */
    private final Map<String, String> rated = new LinkedHashMap<>();
    /** Key → rating id the server acknowledged it with. */
    private final Map<String, String> acknowledged = new LinkedHashMap<>();
    private final List<String> refused = new ArrayList<>();
    private int sequence;
    private volatile int acknowledgedCount;
    private volatile long lastAcknowledgedAt;

    KioskClient(String name, String token, Supplier<String> baseUrl) {
        this.name = name;
        this.token = token;
        this.baseUrl = baseUrl;
    }

    /** A citizen presses a face: into the outbox, and the sender is woken to flush, as the kiosk does. */
    void rate() {
        String clientId = name + "-" + (++sequence);
        String key = UUID.randomUUID().toString();
        int score = 1 + ThreadLocalRandom.current().nextInt(5);
        String body = "{\"score\":" + score + ",\"channel\":\"KIOSK\",\"submittedAt\":\""
                + OffsetDateTime.now(ZoneOffset.ofHours(7)) + "\",\"comment\":\"drill " + clientId + "\"}";
        synchronized (outbox) {
            outbox.put(key, new Item(key, clientId, body, System.currentTimeMillis()));
            rated.put(clientId, key);
        }
        wake.release();
    }

    /** The sender's pause between flushes: until the next rating or {@link #FLUSH_EVERY}. */
    void awaitNextFlush() throws InterruptedException {
        wake.tryAcquire(FLUSH_EVERY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        wake.drainPermits();
    }

    /** Sends every due item, oldest first; stops at the first retry while nothing was acknowledged. */
    void flush() {
        long now = System.currentTimeMillis();
        int acked = 0;
        List<Item> items;
        synchronized (outbox) {
            items = new ArrayList<>(outbox.values());
        }
        for (Item item : items) {
            if (item.nextAttemptAt > now) {
                continue;
            }
            Exchange answer = send(item);
            exchanges.add(answer);
            int status = answer.status();
            if (status >= 200 && status < 300) {
                synchronized (outbox) {
                    outbox.remove(item.key);
                }
                acknowledged.put(item.key, answer.ratingId());
                acknowledgedCount++;
                lastAcknowledgedAt = answer.atMillis();
                acked++;
            } else if (NEVER_ACCEPTED.contains(status)) {
                synchronized (outbox) {
                    outbox.remove(item.key);
                }
                refused.add(item.key + " " + status + " " + answer.body());
            } else {
                item.nextAttemptAt = System.currentTimeMillis() + backoff(item.attempts++);
                if (acked == 0) {
                    return;
                }
            }
        }
    }

    private static long backoff(int attempt) {
        long ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS << Math.min(attempt, 20));
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }

    private Exchange send(Item item) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.get() + "/api/v1/ratings"))
                .timeout(TIMEOUT)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", item.key)
                .POST(HttpRequest.BodyPublishers.ofString(item.body, StandardCharsets.UTF_8)).build();
        long at = System.currentTimeMillis();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher id = ID.matcher(r.body());
            return new Exchange(item.key, at, r.statusCode(), id.find() ? id.group(1) : null,
                    r.headers().firstValue("Retry-After").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            return new Exchange(item.key, at, 0, null, null, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange(item.key, at, 0, null, null, "", e.toString());
        }
    }

    /** Readable from another thread while the kiosk runs. */
    int acknowledgedCount() {
        return acknowledgedCount;
    }

    /** When the last acknowledged request was sent (0: never); readable from another thread. */
    long lastAcknowledgedAt() {
        return lastAcknowledgedAt;
    }

    int pending() {
        synchronized (outbox) {
            return outbox.size();
        }
    }

    Map<String, String> rated() {
        synchronized (outbox) {
            return new LinkedHashMap<>(rated);
        }
    }

    Map<String, String> acknowledged() {
        return acknowledged;
    }

    List<String> refused() {
        return refused;
    }

    List<Exchange> exchanges() {
        return exchanges;
    }
}
