package vn.hailong.web.session;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes ended sessions now and then (on every node; the deletes do not conflict). */
@Singleton
class EndedSessionsPurge {

    private static final Logger LOG = LoggerFactory.getLogger(EndedSessionsPurge.class);

    private final ServerSessions sessions;

    EndedSessionsPurge(ServerSessions sessions) {
        this.sessions = sessions;
    }

    @Scheduled(initialDelay = "1m", fixedDelay = "10m")
    void purge() {
        try {
            int removed = sessions.purgeEnded();
            if (removed > 0) {
                LOG.debug("Purged {} ended staff sessions", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge ended staff sessions: {}", e.toString());
        }
    }
}
