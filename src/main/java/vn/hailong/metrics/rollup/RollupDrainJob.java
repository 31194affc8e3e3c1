package vn.hailong.metrics.rollup;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Drains pending ratings into the rollups several times a second ({@code hailong.metrics.drain-interval}). */
@Singleton
class RollupDrainJob {

    private static final Logger LOG = LoggerFactory.getLogger(RollupDrainJob.class);

    private final Rollups rollups;

    RollupDrainJob(Rollups rollups) {
        this.rollups = rollups;
    }

    @Scheduled(fixedDelay = "${hailong.metrics.drain-interval:250ms}", initialDelay = "5s")
    void drain() {
        try {
            long start = System.nanoTime();
            long drained = rollups.drainUnlessBusy();
            if (drained > 0 && LOG.isDebugEnabled()) {
                // the drain's times, to set beside the latency of the ratings meanwhile (issue 12's tail)
                LOG.debug("Drained {} pending into the rollups in {} ms", drained,
                        (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // the database may be away for a while; the pending rows wait for the next round
            LOG.warn("Rollup drain failed, will retry: {}", e.toString());
        }
    }
}
