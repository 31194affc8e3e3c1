package vn.hailong.web.limits;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes the counters of ended windows now and then (on every node; the deletes do not conflict). */
@Singleton
class ExpiredCountersPurge {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredCountersPurge.class);

    private final WindowCounters counters;

    ExpiredCountersPurge(WindowCounters counters) {
        this.counters = counters;
    }

    @Scheduled(initialDelay = "1m", fixedDelay = "10m")
    void purge() {
        try {
            int removed = counters.purgeExpired();
            if (removed > 0) {
                LOG.debug("Purged {} expired abuse counters", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge expired abuse counters: {}", e.toString());
        }
    }
}
