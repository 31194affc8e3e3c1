package vn.hailong.organisation.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** JSON shapes of directory objects, addressed by code (product.md §4.3). */
final class DirectoryViews {

    private DirectoryViews() {
    }

    /** A view of a directory object, which its code names. */
    interface Coded {
        String code();
    }

    @Serdeable
    record UnitView(String code, String name, UnitType type, @Nullable String parentCode, @Nullable String address,
                    LocalDate validFrom, @Nullable LocalDate validTo, boolean active) implements Coded {
        static UnitView of(Unit u, Directory d) {
            String parent = u.parentId() == null ? null : d.unitById(u.parentId()).map(Unit::code).orElse(null);
            return new UnitView(u.code(), u.name(), u.type(), parent, u.address(), u.validFrom(), u.validTo(), u.active());
        }
    }

    @Serdeable
    record SectorView(String code, String name, BigDecimal targetPct, boolean active) implements Coded {
        static SectorView of(Sector s) {
            return new SectorView(s.code(), s.name(), s.targetPct(), s.active());
        }
    }

    @Serdeable
    record ProcedureView(String code, String name, String sectorCode, @Nullable Integer processingDays, boolean active)
            implements Coded {
        static ProcedureView of(Procedure p, Directory d) {
            return new ProcedureView(p.code(), p.name(), d.sectorById(p.sectorId()).map(Sector::code).orElse(null),
                    p.processingDays(), p.active());
        }
    }

    @Serdeable
    record CounterView(String code, String name, String unitCode, boolean active) implements Coded {
        static CounterView of(Counter c, Directory d) {
            return new CounterView(c.code(), c.name(), d.unitById(c.unitId()).map(Unit::code).orElse(null), c.active());
        }
    }

    @Serdeable
    record OfficerView(String code, String fullName, @Nullable String title, String unitCode,
                       @Nullable String counterCode, boolean active) implements Coded {
        static OfficerView of(Officer o, Directory d) {
            String counter = o.counterId() == null ? null : d.counterById(o.counterId()).map(Counter::code).orElse(null);
            return new OfficerView(o.code(), o.fullName(), o.title(), d.unitById(o.unitId()).map(Unit::code).orElse(null),
                    counter, o.active());
        }
    }

    /** One page of a list, with what a client needs to ask for the next. */
    @Serdeable
    record PageView<T>(List<T> items, int page, int size, long total) {

        /** One page of a directory search, each row as {@code view} shows it. */
        static <R, T> PageView<T> of(Page<R> result, Function<R, T> view) {
            return new PageView<>(result.getContent().stream().map(view).toList(), result.getPageNumber(),
                    result.getSize(), result.getTotalSize());
        }
    }
}
