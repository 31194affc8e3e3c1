package vn.hailong.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/ratings} as the load sends it: one body with one token, a fresh {@code Idempotency-Key} per
 * request. Remembers the id of every rating the service acknowledged (2xx) and counts the other answers, so that
 * the end of the run can check that every acknowledged rating is stored, once.
 */
final class RatingCalls implements OpenLoop.Call, ClosedLoop.Worker {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([0-9A-Za-z-]+)");

    private final BenchService service;
    private final URI uri;
    private final String token;
    private final String body;
    private final Set<String> acknowledged;
    private final Map<Integer, LongAdder> refused;

    RatingCalls(BenchService service, String token, String body, Set<String> acknowledged,
                Map<Integer, LongAdder> refused) {
        this.service = service;
        this.uri = service.uri("/api/v1/ratings");
        this.token = token;
        this.body = body;
        this.acknowledged = acknowledged;
        this.refused = refused;
    }

    /** A kiosk's rating: only the score (its unit, counter and channel are the kiosk's). */
    static String kioskBody() {
        return "{\"score\":4}";
    }

    /** An integration's (the one-stop software's) rating at the counter, for its officer, with a comment. */
    static String counterBody() {
        return """
                {"score":4,"channel":"COUNTER","unitCode":"%s","counterCode":"%s","officerCode":"%s",\
                "comment":"Cán bộ hướng dẫn tận tình, hồ sơ được tiếp nhận nhanh."}"""
                .formatted(BenchService.CENTRE, BenchService.COUNTER, BenchService.OFFICER);
    }

    static Set<String> acknowledgedIds() {
        return ConcurrentHashMap.newKeySet();
    }

    /** The answers other than 2xx by status; 0 counts requests that got no answer (a timeout, a closed connection). */
    static Map<Integer, LongAdder> refusals() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public boolean call() throws Exception {
        HttpResponse<String> r;
        try {
            r = service.http.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            refused.computeIfAbsent(0, s -> new LongAdder()).increment();
            throw e;
        }
        if (r.statusCode() / 100 == 2) {
            Matcher m = ID.matcher(r.body());
            if (!m.find() || !acknowledged.add(m.group(1))) {
                throw new IllegalStateException("a 2xx without a new rating id: " + r.body());
            }
            return true;
        }
        refused.computeIfAbsent(r.statusCode(), s -> new LongAdder()).increment();
        throw new Measured.Refused("HTTP " + r.statusCode());
    }
}
