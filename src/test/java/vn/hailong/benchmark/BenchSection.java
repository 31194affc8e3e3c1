package vn.hailong.benchmark;

/**
 * A part of the benchmark that runs in this JVM's application context on generated ratings (the dashboard's queries);
 * adds its tables to the report. The parts that load the running service are {@link ServiceSection}s.
 */
interface BenchSection {

    /** The name {@code -Dbench.sections} selects it by. */
    String name();

    void run(BenchRun run, Report report) throws Exception;
}
