package vn.hailong.metrics.targets;

import jakarta.inject.Singleton;
import vn.hailong.metrics.TargetBook;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.Unit;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The targets the figures are judged by, from the table admins keep ({@link Targets}); replaces the core's fixed
 * defaults (its {@code DefaultTargetBook} is {@code @Secondary}).
 */
@Singleton
class TableTargetBook implements TargetBook {

    private final Targets targets;
    private final Directory directory;

    TableTargetBook(Targets targets, Directory directory) {
        this.targets = targets;
        this.directory = directory;
    }

    @Override
    public OptionalDouble target(Kind kind, int year, long unitId, Long sectorId) {
        TargetMeasure measure = TargetMeasure.valueOf(kind.name());
        String sectorCode = null;
        if (measure == TargetMeasure.SECTOR) {
            if (sectorId == null) {
                return OptionalDouble.empty();
            }
            sectorCode = directory.sectorById(sectorId).map(Sector::code).orElse(null);
            if (sectorCode == null) {
                return OptionalDouble.empty();
            }
        }
        String unitCode = directory.unitById(unitId).map(Unit::code).orElse("");
        Optional<ResolvedTarget> t = targets.target(unitCode, year, measure, sectorCode);
        return t.map(r -> OptionalDouble.of(r.pctValue())).orElse(OptionalDouble.empty());
    }
}
