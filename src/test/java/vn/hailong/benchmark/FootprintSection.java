package vn.hailong.benchmark;

import java.util.List;

/**
 * The service's footprint (issue 12 §1): the time from starting its process to a healthy {@code /health} (on the
 * fresh database, migrations included, and again on the migrated one) and its resident memory right after start
 * (the baseline) and after the load of the sections run before this one (the JIT and the pools warmed up).
 */
final class FootprintSection implements ServiceSection {

    private final List<String> ranBefore;

    /** @param ranBefore the sections whose load the service had taken when this one runs */
    FootprintSection(List<String> ranBefore) {
        this.ranBefore = ranBefore;
    }

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public void run(BenchService service, LoadSettings load, Report report) throws Exception {
        long warmResident = service.residentMegabytes();
        BenchService.Restarted restarted = service.restart();
        Benchmark.log("footprint: " + warmResident + " MB resident after load; restarted in "
                + restarted.startup().toMillis() + " ms, " + restarted.residentMb() + " MB");
        report.heading("Footprint: start-up and resident memory");
        report.note("The service's process (`java " + String.join(" ", service.jvmOptions) + " vn.hailong.Application`"
                + ", the test classpath), time from process start to the first 200 of `/health`; resident memory "
                + "(VmRSS).\n");
        Report.Table table = report.table("figure", "value", "baseline");
        table.row("start-up to healthy, fresh database (all migrations run)", Report.ms(service.startup.toMillis()),
                "restart on the migrated database: " + Report.ms(restarted.startup().toMillis()));
        String after = ranBefore.isEmpty() ? "no load" : "after the " + String.join(" and ", ranBefore) + " load";
        table.row("resident memory, " + after, warmResident + " MB",
                "right after start: " + service.residentAtStartMb + " MB (after restart: " + restarted.residentMb() + " MB)");
    }
}
