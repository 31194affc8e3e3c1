package vn.hailong.metrics.rollup;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.HistoricRating;
import vn.hailong.feedback.RatingHistory;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.feedback.Reason;
import vn.hailong.metrics.Dimension;
import vn.hailong.metrics.SatisfactionStore;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hailong.support.Fixtures.unique;

/**
 * A rebuild stepped range by range while ratings are stored and drained around its cursor: ratings of ids its scan
 * has passed and ratings ahead of it, drained at once or left pending. Afterwards every rating counts exactly once;
 * meanwhile the live rollups stay whole. One rebuild at a time, and one left behind by a node that stopped is given
 * up.
 */
@MicronautTest(transactional = false)
class RollupRebuildIT {

    private static final LocalDate FROM = LocalDate.parse("2024-01-01");
    private static final LocalDate TO = LocalDate.parse("2024-01-31");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Rollups rollups;
    @Inject
    RatingHistory history;
    @Inject
    @Named("raw")
    SatisfactionStore raw;
    @Inject
    @Named("rollup")
    SatisfactionStore rollup;
    @Inject
    Sql sql;

    RatingWorld w;
    /** Historic ids are made of their moments: each test rates at its own moments of early 2024. */
    Instant base;
    String keys;

    @BeforeEach
    void setUp() {
        w = new RatingWorld(fixtures, new Api(server));
        base = Instant.parse("2024-01-10T02:00:00Z").plusSeconds(ThreadLocalRandom.current().nextInt(1_000_000));
        keys = unique("rebuild");
    }

    @Test
    void ratings_stored_while_a_rebuild_runs_count_once_whether_its_scan_has_passed_them_or_not() {
        store(rating(0, 5, "S17-10", 4), rating(60, 4, "S17-01", 2), rating(120, 2, null, 0));
        rollups.drain();
        long first = idAt(0);
        long last = idAt(120);
        AtomicBoolean interleaved = new AtomicBoolean();
        rollups.rebuild(from -> {
            if (from > first && !interleaved.getAndSet(true)) {
                // the scan has passed the first rating only: one behind its cursor, one ahead, both drained at once
                store(rating(-30, 1, "S17-10", 1), rating(180, 3, "S17-13", 5));
                rollups.drain();
                assertThat(total()).as("the live rollups stay whole meanwhile").isEqualTo(5);
                // and two more left pending: one behind the cursor, one ahead, in the range the scan reads next
                store(rating(-20, 5, null, 0), rating(90, 4, "S17-13", 3));
            }
            return from > last ? Rollups.RANGE : 1;
        });
        assertThat(interleaved).isTrue();
        rollups.drain();
        assertThat(total()).isEqualTo(7);
        for (Dimension d : Dimension.values()) {
            assertThat(cells(rollup, d)).as(d.name()).isEqualTo(cells(raw, d));
        }
        assertThat(sql.count("SELECT COUNT(*) FROM metric_rollups_rebuild")).as("the replaced rows are gone")
                .isZero();
    }

    @Test
    void a_second_rebuild_while_one_runs_fails_at_once_and_the_first_goes_on() {
        store(rating(0, 5, null, 0));
        AtomicBoolean tried = new AtomicBoolean();
        rollups.rebuild(from -> {
            if (!tried.getAndSet(true)) {
                assertThatThrownBy(rollups::rebuild).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("under way");
            }
            return Rollups.RANGE;
        });
        assertThat(tried).isTrue();
        rollups.drain();
        assertThat(total()).isEqualTo(1);
        assertThat(rebuildUnderWay()).isFalse();
    }

    @Test
    void a_rebuild_left_behind_by_a_node_that_stopped_is_given_up() {
        store(rating(0, 4, null, 0));
        abandonedRebuild();
        rollups.drain();
        assertThat(rebuildUnderWay()).as("the drain gave it up").isFalse();
        abandonedRebuild();
        rollups.rebuild();
        assertThat(rebuildUnderWay()).isFalse();
        assertThat(total()).isEqualTo(1);
    }

    private void abandonedRebuild() {
        sql.update("UPDATE metric_locks SET rebuild_id = ?, rebuild_cursor = 0,"
                + " rebuild_seen_at = UTC_TIMESTAMP(6) - INTERVAL 11 MINUTE WHERE name = 'rollups'", unique("gone"));
    }

    private boolean rebuildUnderWay() {
        return sql.count("SELECT COUNT(*) FROM metric_locks WHERE name = 'rollups' AND rebuild_id IS NOT NULL") > 0;
    }

    /** A paper form of the ward, {@code minutes} after the test's base moment, with a reason when unhappy. */
    private HistoricRating rating(int minutes, int score, String criterion, int answer) {
        Instant at = base.plusSeconds(minutes * 60L);
        return new HistoricRating(keys + "-" + minutes, Channel.IMPORT, w.unit.id(), score, null, null, null, null,
                score <= 2 ? List.of(Reason.WAITING) : List.of(), null, at, at,
                criterion == null ? Map.of() : Map.of(criterion, answer));
    }

    private void store(HistoricRating... ratings) {
        history.append(Stream.of(ratings).sorted(java.util.Comparator.comparing(HistoricRating::submittedAt))
                .iterator());
    }

    private long idAt(int minutes) {
        return TimeOrderedIds.historical(base.plusSeconds(minutes * 60L).toEpochMilli(), 0);
    }

    private long total() {
        return rollup.cells(w.unit.path(), FROM, TO, Dimension.TOTAL).stream().mapToLong(c -> c.scores().n()).sum();
    }

    private List<String> cells(SatisfactionStore store, Dimension d) {
        return store.cells(w.unit.path(), FROM, TO, d).stream()
                .map(c -> c.a() + "/" + c.b() + "/" + c.text() + "=" + c.scores())
                .sorted().collect(Collectors.toList());
    }
}
