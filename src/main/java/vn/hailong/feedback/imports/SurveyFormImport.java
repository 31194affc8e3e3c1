package vn.hailong.feedback.imports;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.HistoricRating;
import vn.hailong.feedback.Instrument;
import vn.hailong.feedback.Instruments;
import vn.hailong.feedback.RatingHistory;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.Digests;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Imports paper survey forms (phiếu khảo sát) from a CSV or XLSX file as ratings of channel IMPORT, with their
 * criterion answers, through {@link RatingHistory} (one transaction: the figures' rollups see them like any rating).
 * <p>
 * All or nothing: every row is checked first (form, directory, the uploader's scope, duplicates inside the file);
 * with any problem nothing is stored and the report lists them all. Idempotent: a form's key is its unit and form
 * number ({@code import:<unitCode>:<formNo>}), so a form imported before is reported "already there" and not
 * stored again, and a file with some new rows stores only those.
 */
@Singleton
public class SurveyFormImport {

    /** The idempotency keys of imported forms start with this; the unit's code and the form number follow. */
    public static final String KEY_PREFIX = "import:";
    static final int KEY_LENGTH = 100;
    /** Paper forms have a date, not a time: each is placed at a moment of office hours drawn from its key. */
    private static final LocalTime OFFICE_OPENS = LocalTime.of(8, 0);
    private static final long OFFICE_MILLIS = Duration.ofHours(9).toMillis();
    private static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SurveyFormImport.class);

    private final Directory directory;
    private final UnitScope scope;
    private final Instruments instruments;
    private final RatingHistory history;
    private final Clock clock;

    SurveyFormImport(Directory directory, UnitScope scope, Instruments instruments, RatingHistory history, Clock clock) {
        this.directory = directory;
        this.scope = scope;
        this.instruments = instruments;
        this.history = history;
        this.clock = clock;
    }

    /** Who may import: admins (anywhere in their subtree, the province for a province admin), unit managers (theirs). */
    public static boolean mayImport(Actor actor) {
        return actor.hasRole(Role.ADMIN, Role.UNIT_MANAGER);
    }

    /**
     * Reads the file and stores its new forms, or nothing. Throws {@link RuleViolation} (INVALID, field {@code file})
     * when the file cannot be read at all (not CSV or XLSX, not UTF-8, too large); everything else is in the report.
     */
    public FormImportReport importFile(Actor actor, InputStream file) {
        if (!mayImport(actor)) {
            throw RuleViolation.forbidden("feedback.formImport.error.notAllowed");
        }
        FormSheet sheet = FormSheet.read(file);
        Instrument instrument = instruments.active(false);
        List<String> criterionCodes = instrument.elements().stream()
                .flatMap(e -> e.criteria().stream()).map(Instrument.Criterion::code).toList();
        FormHeader header = FormHeader.read(sheet.header(), instrument.code(), criterionCodes);
        if (!header.problems().isEmpty()) {
            return report(instrument, sheet.lines().size(), 0, List.of(), header.problems());
        }
        LocalDate today = clock.instant().atZone(ClockFactory.VIETNAM).toLocalDate();
        FormRowParser parser = new FormRowParser(header, today);
        Resolver resolver = new Resolver(actor);
        List<ImportProblem> problems = new ArrayList<>();
        List<Checked> forms = new ArrayList<>();
        Map<String, Long> rowOfKey = new HashMap<>();  // by key in capitals: form numbers match whatever their case
        for (FormSheet.Line line : sheet.lines()) {
            FormRowParser.Parsed parsed = parser.parse(line);
            if (!parsed.ok()) {
                problems.addAll(parsed.problems());
                continue;
            }
            Optional<Checked> checked = resolver.check(parsed.form(), header, problems);
            if (checked.isEmpty()) {
                continue;
            }
            Long first = rowOfKey.putIfAbsent(checked.get().key().toUpperCase(Locale.ROOT), line.number());
            if (first != null) {
                problems.add(ImportProblem.of(line.number(), header.cell(FormColumn.FORM_NO), parsed.form().formNo(),
                        "feedback.formImport.error.duplicateInFile", parsed.form().formNo(), first));
                continue;
            }
            forms.add(checked.get());
        }
        for (int attempt = 0; ; attempt++) {
            int salt = attempt;
            Instant now = clock.instant();
            Set<String> existing = upper(history.existingKeys(forms.stream().map(Checked::key).toList()));
            List<Checked> already = forms.stream().filter(f -> existing.contains(f.key().toUpperCase(Locale.ROOT))).toList();
            if (!problems.isEmpty()) {
                return report(instrument, sheet.lines().size(), 0, already, problems);
            }
            List<HistoricRating> fresh = forms.stream().filter(f -> !existing.contains(f.key().toUpperCase(Locale.ROOT)))
                    .map(f -> f.rating(salt, now, instrument.code()))
                    .sorted(Comparator.comparing(HistoricRating::submittedAt).thenComparing(HistoricRating::key))
                    .toList();
            try {
                long stored = history.append(fresh.iterator());
                LOG.info("Survey form import by {}: {} stored, {} already there", actor.name(), stored, already.size());
                return report(instrument, sheet.lines().size(), (int) stored, already, List.of());
            } catch (RuntimeException e) {
                // another upload of the same forms committed first, or a form's moment met a stored rating's key:
                // read again what is there and place the new forms at other moments of their day
                if (attempt + 1 >= ATTEMPTS) {
                    throw e;
                }
                LOG.warn("Survey form import by {} failed (attempt {}), retrying: {}", actor.name(), attempt + 1,
                        e.toString());
            }
        }
    }

    private static Set<String> upper(Set<String> keys) {
        Set<String> result = new HashSet<>();
        keys.forEach(k -> result.add(k.toUpperCase(Locale.ROOT)));
        return result;
    }

    private static FormImportReport report(Instrument instrument, int forms, int stored, List<Checked> already,
                                           List<ImportProblem> problems) {
        TreeMap<Long, List<FormImportReport.Line>> byRow = new TreeMap<>();
        for (ImportProblem p : problems) {
            byRow.computeIfAbsent(p.row(), r -> new ArrayList<>()).add(new FormImportReport.Line(p.row(), p.column(),
                    p.formNo(), FormImportReport.Status.ERROR, null, p.problem()));
        }
        int errorRows = byRow.size();
        for (Checked c : already) {
            byRow.computeIfAbsent(c.form().row(), r -> new ArrayList<>()).add(new FormImportReport.Line(c.form().row(),
                    null, c.form().formNo(), FormImportReport.Status.EXISTING, null, RuleViolation.Problem.of(null,
                    "feedback.formImport.row.existing", c.form().formNo(), c.unit().code())));
        }
        return new FormImportReport(instrument.code(), forms, stored, already.size(), errorRows,
                byRow.values().stream().flatMap(List::stream).toList());
    }

    /** A form checked against the directory: ids resolved, its key made. */
    private record Checked(PaperForm form, Unit unit, Long procedureId, Long officerId, Long counterId, String key) {

        HistoricRating rating(int attempt, Instant now, String instrumentCode) {
            String digest = Digests.sha256(attempt == 0 ? key : key + "#" + attempt);
            long offset = Long.parseUnsignedLong(digest.substring(0, 12), 16) % OFFICE_MILLIS;
            Instant at = form.surveyDate().atTime(OFFICE_OPENS).atZone(ClockFactory.VIETNAM).toInstant().plusMillis(offset);
            return new HistoricRating(key, Channel.IMPORT, unit.id(), form.score(), counterId, officerId, procedureId,
                    null, List.of(), form.comment(), at, now, form.answers(), form.applicantType(),
                    form.answers().isEmpty() ? null : instrumentCode);
        }
    }

    /** Directory look-ups of one import, each code asked once. */
    private final class Resolver {

        private final Actor actor;
        private final Map<String, Optional<Unit>> units = new HashMap<>();
        private final Map<Long, Boolean> inScope = new HashMap<>();
        private final Map<String, Optional<Officer>> officers = new HashMap<>();
        private final Map<String, Optional<Counter>> counters = new HashMap<>();
        private final Map<String, Optional<Procedure>> procedures = new HashMap<>();

        Resolver(Actor actor) {
            this.actor = actor;
        }

        Optional<Checked> check(PaperForm form, FormHeader header, List<ImportProblem> problems) {
            int before = problems.size();
            long row = form.row();
            Unit unit = units.computeIfAbsent(form.unitCode(), directory::unitByCode).orElse(null);
            if (unit == null) {
                problems.add(ImportProblem.of(row, header.cell(FormColumn.UNIT_CODE), form.formNo(),
                        "feedback.formImport.error.unknownUnit", form.unitCode()));
                return Optional.empty();
            }
            if (!inScope.computeIfAbsent(unit.id(), id -> scope.covers(actor, id))) {
                problems.add(ImportProblem.of(row, header.cell(FormColumn.UNIT_CODE), form.formNo(),
                        "feedback.formImport.error.outsideScope", form.unitCode()));
                return Optional.empty();
            }
            Long procedureId = null;
            if (form.procedureCode() != null) {
                procedureId = procedures.computeIfAbsent(form.procedureCode(), directory::procedureByCode)
                        .map(Procedure::id).orElse(null);
                if (procedureId == null) {
                    problems.add(ImportProblem.of(row, header.cell(FormColumn.PROCEDURE_CODE), form.formNo(),
                            "feedback.formImport.error.unknownProcedure", form.procedureCode()));
                }
            }
            Long counterId = null;
            if (form.counterCode() != null) {
                counterId = counters.computeIfAbsent(form.counterCode(), directory::counterByCode)
                        .filter(c -> java.util.Objects.equals(c.unitId(), unit.id())).map(Counter::id).orElse(null);
                if (counterId == null) {
                    problems.add(ImportProblem.of(row, header.cell(FormColumn.COUNTER_CODE), form.formNo(),
                            "feedback.formImport.error.unknownCounter", form.counterCode(), unit.code()));
                }
            }
            Long officerId = null;
            if (form.officerCode() != null) {
                Officer officer = officers.computeIfAbsent(form.officerCode(), directory::officerByCode)
                        .filter(o -> java.util.Objects.equals(o.unitId(), unit.id())).orElse(null);
                if (officer == null) {
                    problems.add(ImportProblem.of(row, header.cell(FormColumn.OFFICER_CODE), form.formNo(),
                            "feedback.formImport.error.unknownOfficer", form.officerCode(), unit.code()));
                } else {
                    officerId = officer.id();
                    if (form.counterCode() == null) {
                        counterId = officer.counterId();
                    }
                }
            }
            String key = KEY_PREFIX + unit.code() + ":" + form.formNo().toUpperCase(Locale.ROOT);
            if (key.length() > KEY_LENGTH) {
                problems.add(ImportProblem.of(row, header.cell(FormColumn.FORM_NO), form.formNo(),
                        "feedback.formImport.error.formNoTooLong", KEY_LENGTH - KEY_PREFIX.length() - unit.code().length() - 1));
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Checked(form, unit, procedureId, officerId, counterId, key));
        }
    }
}
