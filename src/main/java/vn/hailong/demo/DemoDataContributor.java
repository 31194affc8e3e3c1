package vn.hailong.demo;

import io.micronaut.core.order.Ordered;

/**
 * One part of the demo data. Implementations are beans; {@link DemoData} runs them by {@link #getOrder()}
 * (lowest first). The directory is {@link DirectoryDemoData#ORDER}; anything that needs units, procedures or
 * officers orders itself after it (e.g. ratings at 200, complaints at 300, SMS at 400).
 *
 * <p>Rules: deterministic (use {@link DemoContext#random(String)} and {@link DemoContext#clock()}, never the
 * system clock or an unseeded Random); idempotent (running twice leaves the same data: upsert by code or skip
 * what exists); through the use cases, not raw SQL, where a use case exists.
 */
public interface DemoDataContributor extends Ordered {

    /** A short name for the log, e.g. "directory" or "a year of ratings". */
    String name();

    /** Loads this part and says in a few words what it did, e.g. "45 procedures, 66 counters". */
    String contribute(DemoContext context);

    /**
     * Whether this part may load after the server is up, in the background, because it takes seconds and nothing
     * else needs it to start (a year of history). {@link DemoData#load()} still runs it in line.
     */
    default boolean deferrable() {
        return false;
    }
}
