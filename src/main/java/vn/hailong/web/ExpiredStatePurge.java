package vn.hailong.web;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.web.limits.WindowCounters;
import vn.hailong.web.session.ServerSessions;

/**
 * Deletes what has expired from the web layer's state in the database now and then: ended staff sessions and the
 * abuse counters of past windows. Runs on every node; the deletes do not conflict.
 */
@Singleton
class ExpiredStatePurge {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredStatePurge.class);

    private final ServerSessions sessions;
    private final WindowCounters counters;

    ExpiredStatePurge(ServerSessions sessions, WindowCounters counters) {
        this.sessions = sessions;
        this.counters = counters;
    }

    @Scheduled(initialDelay = "1m", fixedDelay = "10m")
    void purge() {
        try {
            int sessionRows = sessions.purgeEnded();
            int counterRows = counters.purgeExpired();
            LOG.debug("Purged {} ended sessions and {} expired abuse counters", sessionRows, counterRows);
        } catch (RuntimeException e) {
            LOG.warn("Could not purge expired sessions and abuse counters: {}", e.toString());
        }
    }
}
