package vn.hailong.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Loads the demo data on start-up when {@code hailong.demo-data=true} (HAILONG_DEMO_DATA). Flyway has run by then:
 * it migrates when the data source is created, before any repository is used.
 */
@Singleton
@Requires(property = "hailong.demo-data", value = "true")
class DemoDataOnStartup {

    private final DemoData demoData;

    DemoDataOnStartup(DemoData demoData) {
        this.demoData = demoData;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        demoData.load();
    }
}
