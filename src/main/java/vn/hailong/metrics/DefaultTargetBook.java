package vn.hailong.metrics;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import vn.hailong.organisation.Directory;

import java.util.OptionalDouble;

/**
 * Targets without a table of their own: the seed resolutions' figures, and each sector's {@code targetPct} from the
 * directory. Used until a {@link TargetBook} with per-year and per-unit targets is present.
 */
@Singleton
@Secondary
class DefaultTargetBook implements TargetBook {

    private final Directory directory;

    DefaultTargetBook(Directory directory) {
        this.directory = directory;
    }

    @Override
    public OptionalDouble target(Kind kind, int year, long unitId, Long sectorId) {
        return switch (kind) {
            case OVERALL -> OptionalDouble.of(90);
            case ONLINE -> OptionalDouble.of(80);
            case COMPLAINTS_RESOLVED -> OptionalDouble.of(95);
            case SECTOR -> sectorId == null ? OptionalDouble.empty() : directory.sectorById(sectorId)
                    .filter(s -> s.targetPct() != null)
                    .map(s -> OptionalDouble.of(s.targetPct().doubleValue()))
                    .orElse(OptionalDouble.of(90));
        };
    }
}
