package vn.hailong.organisation;

import com.github.benmanes.caffeine.cache.Cache;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import vn.hailong.shared.cache.HotPathCaches;

import vn.hailong.organisation.persistence.Counters;
import vn.hailong.organisation.persistence.Officers;
import vn.hailong.organisation.persistence.Procedures;
import vn.hailong.organisation.persistence.Sectors;
import vn.hailong.organisation.persistence.Units;

import java.util.List;
import java.util.Optional;

/** The read-only front door other features use to resolve directory objects by code or id. */
@Singleton
public class Directory {

    private final Units units;
    private final Sectors sectors;
    private final Procedures procedures;
    private final Counters counters;
    private final Officers officers;

    // hot-path look-ups (rating intake, scope checks); misses are not cached, so a new object is found at once
    private final Cache<String, Unit> unitsByCode;
    private final Cache<Long, Unit> unitsById;
    private final Cache<String, Counter> countersByCode;
    private final Cache<String, Officer> officersByCode;
    private final Cache<String, Procedure> proceduresByCode;

    Directory(Units units, Sectors sectors, Procedures procedures, Counters counters, Officers officers,
              HotPathCaches caches) {
        this.unitsByCode = caches.build();
        this.unitsById = caches.build();
        this.countersByCode = caches.build();
        this.officersByCode = caches.build();
        this.proceduresByCode = caches.build();
        this.units = units;
        this.sectors = sectors;
        this.procedures = procedures;
        this.counters = counters;
        this.officers = officers;
    }

    public Optional<Unit> unitByCode(String code) {
        return Optional.ofNullable(unitsByCode.get(code, c -> units.findByCode(c).orElse(null)));
    }

    public Optional<Unit> unitById(long id) {
        return Optional.ofNullable(unitsById.get(id, i -> units.findById(i).orElse(null)));
    }

    public Optional<Sector> sectorByCode(String code) { return sectors.findByCode(code); }
    public Optional<Sector> sectorById(long id) { return sectors.findById(id); }
    public Optional<Procedure> procedureByCode(String code) {
        return Optional.ofNullable(proceduresByCode.get(code, c -> procedures.findByCode(c).orElse(null)));
    }

    public Optional<Procedure> procedureById(long id) { return procedures.findById(id); }
    public Optional<Counter> counterByCode(String code) {
        return Optional.ofNullable(countersByCode.get(code, c -> counters.findByCode(c).orElse(null)));
    }

    public Optional<Counter> counterById(long id) { return counters.findById(id); }
    public Optional<Officer> officerByCode(String code) {
        return Optional.ofNullable(officersByCode.get(code, c -> officers.findByCode(c).orElse(null)));
    }

    public Optional<Officer> officerById(long id) { return officers.findById(id); }
    public List<Counter> countersOf(long unitId) { return counters.findByUnitId(unitId); }
    public List<Officer> officersOf(long unitId) { return officers.findByUnitId(unitId); }
    public List<Unit> children(long unitId) { return units.findByParentId(unitId); }
    public List<Unit> roots() { return units.findRoots(); }

    /** At once (this node's readers see the change) and again after commit (in case one re-read the old row meanwhile). */
    @EventListener
    void onChange(DirectoryChanged event) {
        forget();
    }

    @TransactionalEventListener
    void afterChange(DirectoryChanged event) {
        forget();
    }

    private void forget() {
        unitsByCode.invalidateAll();
        unitsById.invalidateAll();
        countersByCode.invalidateAll();
        officersByCode.invalidateAll();
        proceduresByCode.invalidateAll();
    }
}
