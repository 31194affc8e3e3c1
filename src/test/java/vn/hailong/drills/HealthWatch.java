package vn.hailong.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** Polls {@code /health} every 100 ms: how many answers were not 200, and the longest time it was not healthy. */
final class HealthWatch implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final URI uri;
    private final Thread thread;
    private volatile boolean running = true;
    private final Map<Integer, Integer> answers = new TreeMap<>();
    private long polls;
    private long unhealthySince = -1;
    private long longestUnhealthyNanos;

    HealthWatch(String baseUrl) {
        this.uri = URI.create(baseUrl + "/health");
        this.thread = new Thread(this::run, "health-watch");
        thread.start();
    }

    private void run() {
        while (running) {
            int status;
            try {
                status = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            synchronized (this) {
                polls++;
                answers.merge(status, 1, Integer::sum);
                if (status != 200 && unhealthySince < 0) {
                    unhealthySince = now;
                } else if (status == 200 && unhealthySince >= 0) {
                    longestUnhealthyNanos = Math.max(longestUnhealthyNanos, now - unhealthySince);
                    unhealthySince = -1;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    synchronized String summary() {
        long notOk = polls - answers.getOrDefault(200, 0);
        long longest = unhealthySince < 0 ? longestUnhealthyNanos
                : Math.max(longestUnhealthyNanos, System.nanoTime() - unhealthySince);
        return polls + " polls, " + notOk + " not 200 " + answers + ", longest unhealthy " + longest / 1_000_000 + " ms";
    }

    synchronized long notOk() {
        return polls - answers.getOrDefault(200, 0);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
