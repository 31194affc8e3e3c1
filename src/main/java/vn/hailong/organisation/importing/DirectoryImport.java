package vn.hailong.organisation.importing;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.CounterDraft;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.OfficerDraft;
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.ProcedureDraft;
import vn.hailong.organisation.ProcedureRegistry;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.SectorDraft;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitDraft;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a directory CSV file row by row through the scoped use cases ({@link UnitRegistry} and friends), so an
 * import can do exactly what the same admin could do through the API, no more. Deliberately not transactional:
 * every row commits (or fails) on its own, so a bad row never loses the good ones, and later rows may refer to
 * units created by earlier rows of the same file.
 */
@Singleton
public class DirectoryImport {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryImport.class);
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final Directory directory;
    private final UnitRegistry units;
    private final SectorRegistry sectors;
    private final ProcedureRegistry procedures;
    private final CounterRegistry counters;
    private final OfficerRegistry officers;

    DirectoryImport(Directory directory, UnitRegistry units, SectorRegistry sectors, ProcedureRegistry procedures,
                    CounterRegistry counters, OfficerRegistry officers) {
        this.directory = directory;
        this.units = units;
        this.sectors = sectors;
        this.procedures = procedures;
        this.counters = counters;
        this.officers = officers;
    }

    /**
     * Reads a whole CSV file and applies each row. Throws {@link RuleViolation} (INVALID, field {@code file}) when
     * the file as a whole is unusable (not UTF-8, no header, missing or unknown columns); row problems are
     * reported per row instead.
     */
    public ImportReport importCsv(Actor actor, ImportKind kind, InputStream csv) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw RuleViolation.forbidden("organisation.error.import.adminsOnly");
        }
        CsvTable table = CsvTable.read(csv, kind);
        List<RowResult> results = new ArrayList<>(table.rows().size());
        for (CsvTable.Row row : table.rows()) {
            results.add(apply(actor, kind, row));
        }
        ImportReport report = ImportReport.of(kind, results);
        LOG.info("Import {} by {}: {} created, {} updated, {} unchanged, {} errors", kind.path(), actor.name(),
                report.created(), report.updated(), report.unchanged(), report.errors());
        return report;
    }

    private RowResult apply(Actor actor, ImportKind kind, CsvTable.Row row) {
        String code = row.get("code");
        try {
            RowStatus status = switch (kind) {
                case UNITS -> unit(actor, row);
                case SECTORS -> sector(actor, row);
                case PROCEDURES -> procedure(actor, row);
                case COUNTERS -> counter(actor, row);
                case OFFICERS -> officer(actor, row);
            };
            return RowResult.of(row.number(), code, status, null, List.of(RuleViolation.Problem.of(null,
                    switch (status) {
                        case CREATED -> "organisation.import.row.created";
                        case UPDATED -> "organisation.import.row.updated";
                        case UNCHANGED -> "organisation.import.row.unchanged";
                        case ERROR -> throw new IllegalStateException();
                    })));
        } catch (RuleViolation v) {
            return RowResult.of(row.number(), code, RowStatus.ERROR, v.field().orElse(null), v.problems());
        } catch (RuntimeException e) {
            LOG.warn("Import {} row {} ({}) failed", kind.path(), row.number(), code, e);
            return RowResult.of(row.number(), code, RowStatus.ERROR, null,
                    List.of(RuleViolation.Problem.of(null, "organisation.import.row.failed")));
        }
    }

    private RowStatus unit(Actor actor, CsvTable.Row row) {
        String code = requireCode(row);
        UnitType type = unitType(row.get("type"));
        LocalDate validFrom = date(row, "validFrom");
        LocalDate validTo = date(row, "validTo");
        Optional<Unit> existing = directory.unitByCode(code);
        if (existing.isEmpty()) {
            units.create(actor, new UnitDraft(code, row.get("name"), type, row.get("parentCode"), row.get("address"),
                    validFrom, validTo));
            return RowStatus.CREATED;
        }
        Unit current = units.find(actor, code);
        String parentCode = row.get("parentCode") != null ? row.get("parentCode")
                : current.parentId() == null ? null : directory.unitById(current.parentId()).map(Unit::code).orElse(null);
        UnitDraft draft = new UnitDraft(code, row.get("name"), type != null ? type : current.type(), parentCode,
                row.has("address") ? row.get("address") : current.address(),
                validFrom != null ? validFrom : current.validFrom(),
                row.has("validTo") ? validTo : current.validTo());
        Long parentId = parentCode == null ? null : directory.unitByCode(parentCode).map(Unit::id).orElse(-1L);
        if (Objects.equals(parentId, current.parentId())) {
            // an unchanged parent is not re-checked, so a commune admin may update its own (root) unit
            draft = new UnitDraft(code, draft.name(), draft.type(), null, draft.address(), draft.validFrom(), draft.validTo());
        }
        if (Objects.equals(draft.name(), current.name()) && draft.type() == current.type()
                && Objects.equals(parentId, current.parentId()) && Objects.equals(draft.address(), current.address())
                && draft.validFrom().equals(current.validFrom()) && Objects.equals(draft.validTo(), current.validTo())) {
            return RowStatus.UNCHANGED;
        }
        units.update(actor, code, draft);
        return RowStatus.UPDATED;
    }

    private RowStatus sector(Actor actor, CsvTable.Row row) {
        String code = requireCode(row);
        BigDecimal target = decimal(row, "targetPct");
        Optional<Sector> existing = directory.sectorByCode(code);
        if (existing.isEmpty()) {
            sectors.create(actor, new SectorDraft(code, row.get("name"), target));
            return RowStatus.CREATED;
        }
        Sector current = existing.get();
        BigDecimal newTarget = target != null ? target : current.targetPct();
        if (Objects.equals(row.get("name"), current.name()) && newTarget.compareTo(current.targetPct()) == 0) {
            return RowStatus.UNCHANGED;
        }
        sectors.update(actor, code, new SectorDraft(code, row.get("name"), newTarget));
        return RowStatus.UPDATED;
    }

    private RowStatus procedure(Actor actor, CsvTable.Row row) {
        String code = requireCode(row);
        Integer days = integer(row, "processingDays");
        Optional<Procedure> existing = directory.procedureByCode(code);
        if (existing.isEmpty()) {
            procedures.create(actor, new ProcedureDraft(code, row.get("name"), row.get("sectorCode"), days));
            return RowStatus.CREATED;
        }
        Procedure current = existing.get();
        Integer newDays = row.has("processingDays") ? days : current.processingDays();
        Long sectorId = row.get("sectorCode") == null ? current.sectorId()
                : directory.sectorByCode(row.get("sectorCode")).map(Sector::id).orElse(-1L);
        if (Objects.equals(row.get("name"), current.name()) && sectorId.equals(current.sectorId())
                && Objects.equals(newDays, current.processingDays())) {
            return RowStatus.UNCHANGED;
        }
        procedures.update(actor, code, new ProcedureDraft(code, row.get("name"), row.get("sectorCode"), newDays));
        return RowStatus.UPDATED;
    }

    private RowStatus counter(Actor actor, CsvTable.Row row) {
        String code = requireCode(row);
        Optional<Counter> existing = directory.counterByCode(code);
        if (existing.isEmpty()) {
            counters.create(actor, new CounterDraft(code, row.get("name"), row.get("unitCode")));
            return RowStatus.CREATED;
        }
        Counter current = counters.find(actor, code);
        Long unitId = unitIdOf(row.get("unitCode"), current.unitId());
        if (Objects.equals(row.get("name"), current.name()) && unitId.equals(current.unitId())) {
            return RowStatus.UNCHANGED;
        }
        counters.update(actor, code, new CounterDraft(code, row.get("name"), row.get("unitCode")));
        return RowStatus.UPDATED;
    }

    private RowStatus officer(Actor actor, CsvTable.Row row) {
        String code = requireCode(row);
        Optional<Officer> existing = directory.officerByCode(code);
        if (existing.isEmpty()) {
            officers.create(actor, new OfficerDraft(code, row.get("fullName"), row.get("title"), row.get("unitCode"),
                    row.get("counterCode")));
            return RowStatus.CREATED;
        }
        Officer current = officers.find(actor, code);
        String title = row.has("title") ? row.get("title") : current.title();
        String counterCode = row.has("counterCode") ? row.get("counterCode")
                : current.counterId() == null ? null : directory.counterById(current.counterId()).map(Counter::code).orElse(null);
        Long unitId = unitIdOf(row.get("unitCode"), current.unitId());
        Long counterId = counterCode == null ? null : directory.counterByCode(counterCode).map(Counter::id).orElse(-1L);
        if (Objects.equals(row.get("fullName"), current.fullName()) && Objects.equals(title, current.title())
                && unitId.equals(current.unitId()) && Objects.equals(counterId, current.counterId())) {
            return RowStatus.UNCHANGED;
        }
        officers.update(actor, code, new OfficerDraft(code, row.get("fullName"), title, row.get("unitCode"), counterCode));
        return RowStatus.UPDATED;
    }

    private Long unitIdOf(String unitCode, Long fallback) {
        return unitCode == null ? fallback : directory.unitByCode(unitCode).map(Unit::id).orElse(-1L);
    }

    private static String requireCode(CsvTable.Row row) {
        String code = row.get("code");
        if (code == null) {
            throw RuleViolation.invalid("code", "organisation.error.code.required");
        }
        return code;
    }

    private static UnitType unitType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UnitType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("type", "organisation.error.import.type", value,
                    Arrays.toString(UnitType.values()));
        }
    }

    /** ISO dates (2025-07-01) or the Vietnamese day/month/year a spreadsheet shows (01/07/2025). */
    private static LocalDate date(CsvTable.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(column, "organisation.error.import.date", value, column);
        }
    }

    private static Integer integer(CsvTable.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid(column, "organisation.error.import.whole", value, column);
        }
    }

    private static BigDecimal decimal(CsvTable.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid(column, "organisation.error.import.number", value, column);
        }
    }
}
