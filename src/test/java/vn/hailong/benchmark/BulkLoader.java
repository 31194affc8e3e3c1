package vn.hailong.benchmark;

import com.mysql.cj.jdbc.JdbcStatement;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes generated ratings fast: {@code LOAD DATA LOCAL INFILE} streamed from memory (no file on disk), on
 * {@code loaders} connections at once while the generator makes the next chunks on its own thread; the secondary
 * indexes of {@code ratings} are dropped for the load and built again afterwards (one sorted build instead of row by
 * row), exactly as {@code SHOW CREATE TABLE} gave them. Each chunk commits on its own.
 */
final class BulkLoader {

    /** Rows written, the whole time, and of it the time the server spent building the indexes again. */
    record Loaded(long ratings, long answers, long millis, long indexMillis) {
    }

    private static final RatingGenerator.Chunk END = new RatingGenerator.Chunk(new byte[0], new byte[0], 0, 0);

    private BulkLoader() {
    }

    static Loaded load(BenchDatabase database, RatingGenerator generator, int chunkRows, int loaders) throws Exception {
        long start = System.nanoTime();
        List<String> indexes;
        try (Connection c = database.bulkConnection()) {
            indexes = dropSecondaryIndexes(c, "ratings");
        }
        BlockingQueue<RatingGenerator.Chunk> queue = new ArrayBlockingQueue<>(loaders + 1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicLong ratings = new AtomicLong();
        AtomicLong answers = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < loaders; i++) {
            Thread loader = new Thread(() -> {
                try (Connection c = database.bulkConnection(); Statement statement = c.createStatement()) {
                    JdbcStatement mysql = statement.unwrap(JdbcStatement.class);
                    for (RatingGenerator.Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
                        if (failure.get() == null) {
                            ratings.addAndGet(load(statement, mysql, chunk.ratings(), "ratings", RatingGenerator.RATING_COLUMNS));
                            answers.addAndGet(load(statement, mysql, chunk.answers(), "rating_answers", RatingGenerator.ANSWER_COLUMNS));
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                    queue.clear();
                }
            }, "bench-loader-" + i);
            loader.start();
            threads.add(loader);
        }
        try {
            generator.generate(chunkRows, chunk -> {
                if (failure.get() != null) {
                    throw failure.get();
                }
                queue.put(chunk);
            });
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        } finally {
            for (int i = 0; i < loaders; i++) {
                queue.put(END);
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        long indexStart = System.nanoTime();
        try (Connection c = database.bulkConnection()) {
            addIndexes(c, "ratings", indexes);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        long end = System.nanoTime();
        return new Loaded(ratings.get(), answers.get(), (end - start) / 1_000_000, (end - indexStart) / 1_000_000);
    }

    private static long load(Statement statement, JdbcStatement mysql, byte[] rows, String table, String columns)
            throws SQLException {
        if (rows.length == 0) {
            return 0;
        }
        mysql.setLocalInfileInputStream(new ByteArrayInputStream(rows));
        return statement.executeUpdate("LOAD DATA LOCAL INFILE 'generated.tsv' INTO TABLE " + table
                + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                + columns + ")");
    }

    /** Drops the table's plain and unique secondary keys; returns their definitions for {@link #addIndexes}. */
    static List<String> dropSecondaryIndexes(Connection c, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + table)) {
            rs.next();
            for (String line : rs.getString(2).split("\n")) {
                String key = line.strip().replaceAll(",$", "");
                if (key.startsWith("KEY ") || key.startsWith("UNIQUE KEY ")) {
                    keys.add(key);
                }
            }
        }
        List<String> dropped = new ArrayList<>();
        for (String key : keys) {
            String name = key.replaceFirst("^(UNIQUE )?KEY `([^`]+)`.*$", "$2");
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + table + " DROP INDEX `" + name + "`");
                dropped.add(key);
            } catch (SQLException e) {
                // needed by a foreign key: it stays and is kept up row by row
            }
        }
        return dropped;
    }

    static void addIndexes(Connection c, String table, List<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + table + " " + String.join(", ", keys.stream().map(k -> "ADD " + k).toList()));
        }
    }
}
