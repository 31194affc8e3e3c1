package vn.hailong.metrics.rollup;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import vn.hailong.feedback.Instruments;
import vn.hailong.organisation.Directory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The directory and survey facts a rollup needs beside a rating (a procedure's sector, a criterion's element), cached. */
@Singleton
class RollupLookups {

    private final Directory directory;
    private final Instruments instruments;
    private final Cache<Long, Optional<Long>> sectors = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();
    private final Cache<String, Map<String, String>> elements = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    RollupLookups(Directory directory, Instruments instruments) {
        this.directory = directory;
        this.instruments = instruments;
    }

    Long sectorOf(Long procedureId) {
        if (procedureId == null) {
            return null;
        }
        return sectors.get(procedureId, id -> directory.procedureById(id).map(p -> p.sectorId())).orElse(null);
    }

    /** Criterion code → element code, of every instrument; read before a stream of ratings holds the connection. */
    Map<String, String> elements() {
        return elements.get("all", k -> instruments.elementOfCriterion());
    }
}
