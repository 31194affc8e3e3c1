package vn.hailong.metrics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;

import java.time.Duration;
import java.util.Optional;

/**
 * Codes and names of the directory objects behind rollup keys, cached for a few minutes: a province's officer
 * table names hundreds of officers, and the figures must not look each one up on every request.
 */
@Singleton
class Labels {

    record Label(String code, String name) {
    }

    private static final Label UNKNOWN = new Label("?", "?");

    private final Directory directory;
    private final Cache<String, Label> labels = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();
    private final Cache<Long, Optional<Unit>> units = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    Labels(Directory directory) {
        this.directory = directory;
    }

    Label of(Dimension dimension, long id) {
        return labels.get(dimension.name() + ":" + id, k -> lookUp(dimension, id));
    }

    Optional<Unit> unit(long id) {
        return units.get(id, directory::unitById);
    }

    private Label lookUp(Dimension dimension, long id) {
        return switch (dimension) {
            case SECTOR -> directory.sectorById(id).map(s -> new Label(s.code(), s.name())).orElse(UNKNOWN);
            case PROCEDURE -> directory.procedureById(id).map(p -> new Label(p.code(), p.name())).orElse(UNKNOWN);
            case OFFICER -> directory.officerById(id).map(o -> new Label(o.code(), o.fullName())).orElse(UNKNOWN);
            case COUNTER -> directory.counterById(id).map(c -> new Label(c.code(), c.name())).orElse(UNKNOWN);
            case UNIT -> unit(id).map(u -> new Label(u.code(), u.name())).orElse(UNKNOWN);
            default -> throw new IllegalArgumentException("no directory label for " + dimension);
        };
    }
}
