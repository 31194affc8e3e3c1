package vn.hailong.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads the demo data on start-up when {@code hailong.demo-data=true} (HAILONG_DEMO_DATA). Flyway has run by then:
 * it migrates when the data source is created, before any repository is used. The directory loads before the
 * server takes requests; deferrable parts (the year of ratings, several seconds) load once the server is up, on a
 * background thread, so that a cold start stays short; the log says when they begin and end.
 */
@Singleton
@Requires(property = "hailong.demo-data", value = "true")
class DemoDataOnStartup {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataOnStartup.class);

    private final DemoData demoData;
    private final ExecutorService executor;
    private final AtomicBoolean deferredStarted = new AtomicBoolean();

    DemoDataOnStartup(DemoData demoData, @Named(TaskExecutors.IO) ExecutorService executor) {
        this.demoData = demoData;
        this.executor = executor;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        demoData.loadImmediate();
    }

    @EventListener
    void onServerUp(ServerStartupEvent event) {
        if (!demoData.hasDeferred() || !deferredStarted.compareAndSet(false, true)) {
            return;
        }
        LOG.info("The server is up; demo history (a year of ratings, complaints and dossiers) now loads in the background and appears in the "
                + "figures when the next log line says it is done.");
        executor.execute(() -> {
            try {
                demoData.loadDeferred();
            } catch (RuntimeException e) {
                LOG.error("Loading the demo history failed; nothing of it was kept, the next start tries again", e);
            }
        });
    }
}
