package vn.hailong.organisation;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import vn.hailong.organisation.persistence.Units;

import java.time.LocalDate;

/**
 * The root of the unit tree: the province this deployment serves (default Thành phố Huế, code 46).
 * Start-up work (bootstrap admin and token, demo data) hangs off it.
 */
@Singleton
public class ProvinceRoot {

    private final Units units;
    private final UnitRegistry registry;
    private final String code;
    private final String name;

    ProvinceRoot(Units units, UnitRegistry registry,
                 @Value("${hailong.province.code:46}") String code,
                 @Value("${hailong.province.name:Thành phố Huế}") String name) {
        this.units = units;
        this.registry = registry;
        this.code = code;
        this.name = name;
    }

    /** Returns the province unit, creating it on first start. */
    @Transactional
    public Unit ensure() {
        return units.findByCode(code).orElseGet(() -> registry.createTrusted(
                new UnitDraft(code, name, UnitType.PROVINCE, null, null, LocalDate.of(2025, 7, 1), null)));
    }
}
