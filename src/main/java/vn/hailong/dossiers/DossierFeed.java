package vn.hailong.dossiers;

import jakarta.inject.Singleton;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.phone.InvalidPhoneNumber;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Actor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The dossier feed (product.md §4.5): the one-stop software reports a dossier by its code, as often as it likes and
 * in any order. Each report is checked (every broken field at once), must name a unit within the token's subtree,
 * and is folded into the stored dossier by {@link DossierMerge}.
 */
@Singleton
public class DossierFeed {

    /** The one-stop software's clock may run a little ahead of ours. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    /** What a DATETIME column holds without surprises; outside it a report is a mistake, not a dossier. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    static final int MAX_CODE = 64;
    private static final int ATTEMPTS = 5;

    /** What a report did: the dossier as stored now, whether the report created it, its state now. */
    public record Reported(Dossier dossier, boolean created, DossierState state, boolean late) {
    }

    private final Directory directory;
    private final UnitScope scope;
    private final DossierRecorder recorder;
    private final Clock clock;

    DossierFeed(Directory directory, UnitScope scope, DossierRecorder recorder, Clock clock) {
        this.directory = directory;
        this.scope = scope;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * @throws RuleViolation 400 for a report that cannot be used, 403 for a unit (the dossier's now or the one named)
     *                       outside the actor's subtree
     */
    public Reported report(Actor actor, String code, DossierSubmission s) {
        DossierReport report = check(actor, code, s);
        for (int attempt = 1; ; attempt++) {
            try {
                DossierRecorder.Recorded r = recorder.record(actor, report);
                Instant now = clock.instant();
                return new Reported(r.dossier(), r.created(), DossierState.of(r.dossier(), now),
                        DossierState.late(r.dossier(), now));
            } catch (DossierStore.Contention e) {
                // two reports of one dossier at once: the other one's transaction is done, so this one sees its row
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private DossierReport check(Actor actor, String rawCode, DossierSubmission s) {
        RuleViolation.Builder problems = RuleViolation.builder();
        String code = rawCode == null ? "" : rawCode.strip();
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._\\-]*") || code.length() > MAX_CODE) {
            problems.invalid("code", "dossiers.error.code", MAX_CODE);
        }
        Unit unit = null;
        if (blank(s.unitCode())) {
            problems.invalid("unitCode", "dossiers.error.unitRequired");
        } else {
            unit = directory.unitByCode(s.unitCode().strip()).orElse(null);
            if (unit == null) {
                problems.invalid("unitCode", "dossiers.error.unitUnknown", s.unitCode());
            } else {
                scope.requireWritable(actor, unit.id());
            }
        }
        Procedure procedure = null;
        if (blank(s.procedureCode())) {
            problems.invalid("procedureCode", "dossiers.error.procedureRequired");
        } else {
            procedure = directory.procedureByCode(s.procedureCode().strip()).orElse(null);
            if (procedure == null) {
                problems.invalid("procedureCode", "dossiers.error.procedureUnknown", s.procedureCode());
            }
        }
        Long unitId = unit == null ? null : unit.id();
        Long officerId = null;
        Long counterId = null;
        if (!blank(s.counterCode())) {
            Counter counter = directory.counterByCode(s.counterCode().strip())
                    .filter(c -> unitId != null && unitId.equals(c.unitId())).orElse(null);
            if (counter == null && unitId != null) {
                problems.invalid("counterCode", "dossiers.error.counterUnknown", s.counterCode());
            } else if (counter != null) {
                counterId = counter.id();
            }
        }
        if (!blank(s.officerCode())) {
            Officer officer = directory.officerByCode(s.officerCode().strip())
                    .filter(o -> unitId != null && unitId.equals(o.unitId())).orElse(null);
            if (officer == null && unitId != null) {
                problems.invalid("officerCode", "dossiers.error.officerUnknown", s.officerCode());
            } else if (officer != null) {
                officerId = officer.id();
                if (counterId == null && blank(s.counterCode())) {
                    counterId = officer.counterId();
                }
            }
        }
        PhoneNumber phone = null;
        if (!blank(s.citizenPhone())) {
            try {
                phone = PhoneNumber.parse(s.citizenPhone());
            } catch (InvalidPhoneNumber e) {
                problems.invalid("citizenPhone", e.key());
            }
        }
        DossierChannel channel = null;
        if (!blank(s.channel())) {
            channel = DossierChannel.parse(s.channel()).orElse(null);
            if (channel == null) {
                problems.invalid("channel", "dossiers.error.channel", s.channel());
            }
        }
        Instant now = clock.instant();
        Instant received = required(problems, "receivedAt", s.receivedAt());
        Instant appointment = required(problems, "appointmentAt", s.appointmentAt());
        Instant finished = s.finishedAt() == null ? null : s.finishedAt().toInstant();
        Instant returned = s.returnedAt() == null ? null : s.returnedAt().toInstant();
        inRange(problems, "receivedAt", received);
        inRange(problems, "appointmentAt", appointment);
        inRange(problems, "finishedAt", finished);
        inRange(problems, "returnedAt", returned);
        notFuture(problems, "receivedAt", received, now);
        notFuture(problems, "finishedAt", finished, now);
        notFuture(problems, "returnedAt", returned, now);
        if (received != null) {
            notBefore(problems, "appointmentAt", appointment, received, "dossiers.error.appointmentBeforeReceived");
            notBefore(problems, "finishedAt", finished, received, "dossiers.error.finishedBeforeReceived");
            notBefore(problems, "returnedAt", returned, received, "dossiers.error.returnedBeforeReceived");
        }
        if (finished != null) {
            notBefore(problems, "returnedAt", returned, finished, "dossiers.error.returnedBeforeFinished");
        }
        problems.throwIfAny();
        return new DossierReport(code, unit.id(), procedure.id(), officerId, counterId, channel, phone, received,
                appointment, finished, returned);
    }

    private static Instant required(RuleViolation.Builder problems, String field, OffsetDateTime value) {
        if (value == null) {
            problems.invalid(field, "dossiers.error.timeRequired");
            return null;
        }
        return value.toInstant();
    }

    private static void inRange(RuleViolation.Builder problems, String field, Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            problems.invalid(field, "dossiers.error.timeRange");
        }
    }

    private static void notFuture(RuleViolation.Builder problems, String field, Instant value, Instant now) {
        if (value != null && value.isAfter(now.plus(FUTURE_TOLERANCE))) {
            problems.invalid(field, "dossiers.error.future");
        }
    }

    private static void notBefore(RuleViolation.Builder problems, String field, Instant value, Instant earliest,
                                  String key) {
        if (value != null && value.isBefore(earliest)) {
            problems.invalid(field, key);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
