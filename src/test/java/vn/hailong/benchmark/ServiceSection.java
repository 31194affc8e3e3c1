package vn.hailong.benchmark;

/** A part of the benchmark that loads the running service ({@link BenchService}); adds its tables to the report. */
interface ServiceSection {

    /** The name {@code -Dbench.sections} selects it by. */
    String name();

    void run(BenchService service, LoadSettings load, Report report) throws Exception;
}
