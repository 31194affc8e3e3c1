package vn.hailong.feedback;

import jakarta.inject.Singleton;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.crypto.PersonalDataCipher;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.Digests;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.phone.InvalidPhoneNumber;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes in one rating (product.md §4.4): idempotent per key, validated against the directory and the instrument in
 * effect on its day, bound to the served citizen's counter transaction when there is one, and flagged (kept, not
 * counted) when it is a second rating of a transaction or exceeds the kiosk's limits.
 */
@Singleton
public class RatingIntake {

    static final int MAX_COMMENT = 2000;
    /** HMAC domain of the phone's share of a rating's body fingerprint (a plain hash would give the number away). */
    static final String PHONE_PURPOSE = "feedback.rating_phone";

    private final Directory directory;
    private final UnitScope scope;
    private final RatingStore store;
    private final CounterTransactionStore transactions;
    private final RatingKiosks kiosks;
    private final Instruments instruments;
    private final RatingWriter writer;
    private final TimeOrderedIds ids;
    private final IntakeLimits limits;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    RatingIntake(Directory directory, UnitScope scope, RatingStore store, CounterTransactionStore transactions,
                 RatingKiosks kiosks, Instruments instruments, RatingWriter writer, TimeOrderedIds ids,
                 IntakeLimits limits, PersonalDataCipher cipher, Clock clock) {
        this.cipher = cipher;
        this.directory = directory;
        this.scope = scope;
        this.store = store;
        this.transactions = transactions;
        this.kiosks = kiosks;
        this.instruments = instruments;
        this.writer = writer;
        this.ids = ids;
        this.limits = limits;
        this.clock = clock;
    }

    public RatingReceipt submit(Actor actor, String idempotencyKey, RatingSubmission s) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw RuleViolation.invalid("Idempotency-Key", "feedback.error.idempotencyKey.required");
        }
        String key = idempotencyKey.strip();
        if (key.length() > 100) {
            throw RuleViolation.invalid("Idempotency-Key", "feedback.error.idempotencyKey.tooLong");
        }
        String phone = s.phone() == null || s.phone().isBlank() ? null : s.phone().strip();
        String hash = Digests.sha256(phone == null ? s.fingerprint()
                : s.fingerprint() + "\u001fphone=" + cipher.fingerprint(phone, PHONE_PURPOSE));
        String keyScope = actor.idempotencyScope();
        // a replay is found by its key's unique index when the insert fails, not by a look-up before every rating
        NewRating rating;
        try {
            rating = validate(actor, keyScope, key, hash, s);
        } catch (RuleViolation e) {
            // the stored answer stands even if the same body would be refused now (the directory changed, time passed)
            return replay(keyScope, key, hash).orElseThrow(() -> e);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                FlagReason flag = writer.write(rating);
                return new RatingReceipt(Long.toString(rating.id()), true, flag != null);
            } catch (RatingStore.DuplicateKey e) {
                // the key is taken: a retry of a stored rating, or a concurrent duplicate that committed first
                return replay(keyScope, key, hash).orElseThrow(() -> e);
            } catch (RatingStore.IdClash e) {
                // another node drew the same id in the same millisecond (the write was rolled back): a new id
                if (attempt >= ID_ATTEMPTS) {
                    throw e;
                }
                rating = rating.withId(ids.next());
            }
        }
    }

    /** Attempts at writing one rating with a clashing id (deadlocks are retried by the writer itself). */
    private static final int ID_ATTEMPTS = 5;


    private Optional<RatingReceipt> replay(String keyScope, String key, String hash) {
        return store.findByKey(keyScope, key).map(stored -> {
            if (!stored.bodyHash().equals(hash)) {
                throw RuleViolation.conflict("Idempotency-Key", "feedback.error.idempotencyKey.reused");
            }
            return new RatingReceipt(Long.toString(stored.id()), false, stored.flagged());
        });
    }

    private NewRating validate(Actor actor, String keyScope, String key, String hash, RatingSubmission s) {
        if (s.score() == null || s.score() < 1 || s.score() > 5) {
            throw RuleViolation.invalid("score", "feedback.error.score");
        }
        boolean kiosk = actor.role() == Role.KIOSK;
        Channel channel = channel(s.channel(), kiosk);
        if (kiosk && channel != Channel.KIOSK && channel != Channel.COUNTER) {
            throw RuleViolation.invalid("channel", "feedback.error.kioskChannel");
        }
        if (channel == Channel.IMPORT && !actor.hasRole(Role.ADMIN, Role.INTEGRATION)) {
            throw RuleViolation.forbidden("feedback.error.importChannel");
        }

        long unitId;
        if (kiosk) {
            unitId = actor.unitId();
            if (s.unitCode() != null) {
                Unit unit = directory.unitByCode(s.unitCode()).orElseThrow(() -> unknown("unitCode", s.unitCode()));
                if (unit.id() != unitId) {
                    throw RuleViolation.forbidden("feedback.error.kioskOwnUnit");
                }
            }
        } else {
            if (s.unitCode() == null || s.unitCode().isBlank()) {
                throw RuleViolation.invalid("unitCode", "feedback.error.unitRequired");
            }
            Unit unit = directory.unitByCode(s.unitCode()).orElseThrow(() -> unknown("unitCode", s.unitCode()));
            if (!scope.covers(actor, unit.id())) {
                throw RuleViolation.forbidden("organisation.error.scope.outside");
            }
            unitId = unit.id();
        }

        Long counterId = null;
        if (s.counterCode() != null) {
            Counter counter = directory.counterByCode(s.counterCode()).filter(c -> c.unitId() == unitId)
                    .orElseThrow(() -> unknown("counterCode", s.counterCode()));
            counterId = counter.id();
        }
        Long officerId = null;
        if (s.officerCode() != null) {
            Officer officer = directory.officerByCode(s.officerCode()).filter(o -> o.unitId() == unitId)
                    .orElseThrow(() -> unknown("officerCode", s.officerCode()));
            officerId = officer.id();
            if (counterId == null) {
                counterId = officer.counterId();
            }
        }
        if (kiosk && actor.kioskId() != null && s.counterCode() == null && s.officerCode() == null) {
            // a kiosk bound to a counter or an officer rates them unless the citizen chose otherwise
            RatingKiosks.Binding binding = kiosks.binding(actor.kioskId());
            counterId = binding.counterId();
            officerId = binding.officerId();
        }
        Long procedureId = null;
        if (s.procedureCode() != null) {
            Procedure procedure = directory.procedureByCode(s.procedureCode())
                    .orElseThrow(() -> unknown("procedureCode", s.procedureCode()));
            procedureId = procedure.id();
        }
        if (s.dossierCode() != null && (s.dossierCode().isBlank() || s.dossierCode().length() > 64)) {
            throw RuleViolation.invalid("dossierCode", "feedback.error.dossierCode");
        }
        ApplicantType applicantType = null;
        if (s.applicantType() != null && !s.applicantType().isBlank()) {
            applicantType = ApplicantType.parse(s.applicantType()).orElseThrow(() -> RuleViolation.invalid(
                    "applicantType", "feedback.error.applicantType", s.applicantType()));
        }

        List<Reason> reasons = new ArrayList<>();
        if (s.reasons() != null) {
            for (String r : s.reasons()) {
                try {
                    Reason reason = Reason.valueOf(String.valueOf(r).toUpperCase(Locale.ROOT));
                    if (!reasons.contains(reason)) {
                        reasons.add(reason);
                    }
                } catch (IllegalArgumentException e) {
                    throw RuleViolation.invalid("reasons", "feedback.error.reason", r,
                            List.of(Reason.values()).toString());
                }
            }
        }
        String comment = s.comment() == null || s.comment().isBlank() ? null : s.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw RuleViolation.invalid("comment", "feedback.error.comment", MAX_COMMENT);
        }

        PhoneNumber phone = null;
        if (s.phone() != null && !s.phone().isBlank()) {
            try {
                phone = PhoneNumber.parse(s.phone());
            } catch (InvalidPhoneNumber e) {
                throw RuleViolation.invalid("phone", "feedback.error.phone");
            }
        }

        Instant now = clock.instant();
        Instant submittedAt = s.submittedAt() == null ? now : s.submittedAt().toInstant();
        if (submittedAt.isAfter(now.plus(limits.getFutureTolerance()))) {
            throw RuleViolation.invalid("submittedAt", "feedback.error.future");
        }
        if (channel != Channel.IMPORT && submittedAt.isBefore(now.minus(limits.getMaxAge()))) {
            throw RuleViolation.invalid("submittedAt", "feedback.error.tooOld");
        }
        if (s.transactionId() != null) {
            CounterTransactionStore.TransactionRef tx = transactions.transaction(s.transactionId())
                    .filter(t -> t.unitId() == unitId)
                    .orElseThrow(() -> unknown("transactionId", String.valueOf(s.transactionId())));
            if (counterId == null) {
                counterId = tx.counterId();
            }
        }

        // the device's own time is stored as given; the period it counts in is clamped to the server's now, so that a
        // clock running up to futureTolerance fast just before midnight does not count tonight's rating tomorrow
        Instant periodAt = submittedAt.isAfter(now) ? now : submittedAt;
        LocalDate period = periodAt.atZone(ClockFactory.VIETNAM).toLocalDate();
        // answers are given on the instrument in effect on the day the rating counts in, and the rating keeps it
        Optional<Instrument> instrument = instruments.inEffectOn(period);
        Map<String, Integer> answers = new LinkedHashMap<>();
        String instrumentCode = null;
        if (s.answers() != null && !s.answers().isEmpty()) {
            instrumentCode = instrument.map(Instrument::code).orElse(null);
            Set<String> known = instrument.map(instruments::criterionCodes).orElse(Set.of());
            s.answers().forEach((code, value) -> {
                if (!known.contains(code)) {
                    throw RuleViolation.invalid("answers", "instruments.error.notInEffect", code,
                            instrument.map(Instrument::name).orElse("—"), period.toString());
                }
                if (value == null || value < 1 || value > 5) {
                    throw RuleViolation.invalid("answers", "feedback.error.answer", code);
                }
                answers.put(code, value);
            });
        }
        return new NewRating(ids.next(), unitId, channel, s.score(), counterId, officerId, procedureId,
                s.dossierCode(), actor.kioskId(), s.transactionId(), List.copyOf(reasons), comment, submittedAt, now, null,
                period, keyScope, key, hash, actor.id(), null, answers,
                phone, Boolean.TRUE.equals(s.contactRequested()), applicantType, instrumentCode);
    }

    private static Channel channel(String value, boolean kiosk) {
        if (value == null) {
            if (kiosk) {
                return Channel.KIOSK;
            }
            throw RuleViolation.invalid("channel", "feedback.error.channelRequired");
        }
        try {
            return Channel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("channel", "feedback.error.channel", value);
        }
    }

    private static RuleViolation unknown(String field, String code) {
        return RuleViolation.invalid(field, "feedback.error.unknown", field, code);
    }
}
