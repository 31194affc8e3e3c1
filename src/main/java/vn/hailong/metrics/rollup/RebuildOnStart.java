package vn.hailong.metrics.rollup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/**
 * {@code java -jar hailong.jar rebuild-rollups} (or {@code HAILONG_METRICS_REBUILD_ON_START=true}): recomputes every
 * rollup from the raw ratings once the service is up, e.g. after ratings were corrected in the database by hand or
 * procedures moved to other sectors. Ingest goes on meanwhile; nothing is counted twice (see {@link Rollups}).
 */
@Singleton
@Requires(property = RebuildOnStart.PROPERTY, value = "true")
public class RebuildOnStart implements ApplicationEventListener<ServerStartupEvent> {

    public static final String ARGUMENT = "rebuild-rollups";
    public static final String PROPERTY = "hailong.metrics.rebuild-on-start";

    private final Rollups rollups;

    RebuildOnStart(Rollups rollups) {
        this.rollups = rollups;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        new Thread(rollups::rebuild, "rollup-rebuild").start();
    }
}
