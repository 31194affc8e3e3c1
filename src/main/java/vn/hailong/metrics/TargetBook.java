package vn.hailong.metrics;

import java.util.OptionalDouble;

/**
 * The province's targets (issue 10 §8; seed resolutions: ≥ 90% satisfied overall, ≥ 85% for land, construction and
 * investment, ≥ 80% for online services, ≥ 95% of petitions resolved), in percent, for a year and a unit (a unit
 * without its own target has its nearest ancestor's).
 */
public interface TargetBook {

    enum Kind { OVERALL, SECTOR, ONLINE, COMPLAINTS_RESOLVED }

    /** The target of a kind; {@code sectorId} only for {@link Kind#SECTOR}. Empty when none is set. */
    OptionalDouble target(Kind kind, int year, long unitId, Long sectorId);

    default OptionalDouble overall(int year, long unitId) {
        return target(Kind.OVERALL, year, unitId, null);
    }

    default OptionalDouble sector(int year, long unitId, long sectorId) {
        return target(Kind.SECTOR, year, unitId, sectorId);
    }
}
