package vn.hailong.shared.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of the small caches on the rating hot path (issue 12 §2): API tokens, directory objects, kiosk bindings,
 * survey instruments. Each is emptied on this node as soon as the node changes what it holds; another node's change
 * is seen once the entry expires, at most {@link #getExpireAfter()} later (what bounds, for instance, how long a
 * token revoked on one node still works on another). Configured under {@code hailong.hot-path-cache.*}.
 */
@ConfigurationProperties("hailong.hot-path-cache")
public class HotPathCaches {

    private Duration expireAfter = Duration.ofSeconds(5);
    private long maximumSize = 10_000;

    public Duration getExpireAfter() { return expireAfter; }
    public void setExpireAfter(Duration expireAfter) { this.expireAfter = expireAfter; }
    public long getMaximumSize() { return maximumSize; }
    public void setMaximumSize(long maximumSize) { this.maximumSize = maximumSize; }

    /** A new cache with these settings. */
    public <K, V> Cache<K, V> build() {
        return Caffeine.newBuilder().expireAfterWrite(expireAfter).maximumSize(maximumSize).build();
    }
}
