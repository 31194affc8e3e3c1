package vn.hailong.benchmark;

/** One part of the benchmark (the dashboard's queries; later ingest, SMS, footprint); adds its tables to the report. */
interface BenchSection {

    /** The name {@code -Dbench.sections} selects it by. */
    String name();

    void run(BenchRun run, Report report) throws Exception;
}
