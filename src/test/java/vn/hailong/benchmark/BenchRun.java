package vn.hailong.benchmark;

import io.micronaut.context.ApplicationContext;

import java.sql.Connection;

/** What every section of one run shares: its settings, the database, the started application and a bulk connection. */
record BenchRun(BenchSettings settings, BenchDatabase database, ApplicationContext context, Connection bulk,
                BenchProvince province) {
}
