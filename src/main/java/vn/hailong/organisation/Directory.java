package vn.hailong.organisation;

import jakarta.inject.Singleton;

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

    Directory(Units units, Sectors sectors, Procedures procedures, Counters counters, Officers officers) {
        this.units = units;
        this.sectors = sectors;
        this.procedures = procedures;
        this.counters = counters;
        this.officers = officers;
    }

    public Optional<Unit> unitByCode(String code) { return units.findByCode(code); }
    public Optional<Unit> unitById(long id) { return units.findById(id); }
    public Optional<Sector> sectorByCode(String code) { return sectors.findByCode(code); }
    public Optional<Sector> sectorById(long id) { return sectors.findById(id); }
    public Optional<Procedure> procedureByCode(String code) { return procedures.findByCode(code); }
    public Optional<Procedure> procedureById(long id) { return procedures.findById(id); }
    public Optional<Counter> counterByCode(String code) { return counters.findByCode(code); }
    public Optional<Counter> counterById(long id) { return counters.findById(id); }
    public Optional<Officer> officerByCode(String code) { return officers.findByCode(code); }
    public Optional<Officer> officerById(long id) { return officers.findById(id); }
    public List<Counter> countersOf(long unitId) { return counters.findByUnitId(unitId); }
    public List<Officer> officersOf(long unitId) { return officers.findByUnitId(unitId); }
    public List<Unit> children(long unitId) { return units.findByParentId(unitId); }
    public List<Unit> roots() { return units.findRoots(); }
}
