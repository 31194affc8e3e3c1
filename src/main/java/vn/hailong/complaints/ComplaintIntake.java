package vn.hailong.complaints;

import jakarta.inject.Singleton;
import vn.hailong.complaints.routing.ComplaintRouting;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.EventActor;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.crypto.PersonalDataCipher;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.phone.InvalidPhoneNumber;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.limits.RateLimiter;
import vn.hailong.web.limits.WindowCounters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Files a complaint from any channel (product.md §4.6): validates, routes it, gives it a tracking code, stores it
 * and starts its clocks (the due date is the answer's, or acceptance's when the answer is counted from acceptance). Idempotent when the caller sends an Idempotency-Key (the kiosk outbox does).
 */
@Singleton
public class ComplaintIntake {

    /**
     * What a citizen, a kiosk, a staff member or a client sends. All but kind and text are optional.
     *
     * @param urgency          KHAN or BINH_THUONG from anyone; the complex levels are a handler's to decide
     * @param instance         for a complaint (khiếu nại): 1 (lần đầu, default) or 2 (lần hai)
     * @param citizenName      kept encrypted; for a denunciation only the handling team sees it
     * @param contactRequested the citizen asked to be called back
     */
    public record Submission(String kind, String text, String unitCode, String sectorCode, String phone,
                             String dossierCode, String channel, String urgency, Integer instance, String citizenName,
                             Boolean contactRequested, String officerCode, String counterCode, String procedureCode) {

        public Submission(String kind, String text, String unitCode, String sectorCode, String phone,
                          String dossierCode, String channel) {
            this(kind, text, unitCode, sectorCode, phone, dossierCode, channel, null, null, null, null, null, null, null);
        }

        /** The canonical body, personal data included: only ever stored as a keyed HMAC ({@link #bodyHash}). */
        String canonical() {
            String base = String.join("\u001f", String.valueOf(kind), String.valueOf(text), String.valueOf(unitCode),
                    String.valueOf(sectorCode), String.valueOf(phone), String.valueOf(dossierCode), String.valueOf(channel));
            if (urgency == null && instance == null && citizenName == null && contactRequested == null
                    && officerCode == null && counterCode == null && procedureCode == null) {
                return base; // the same fingerprint as before these fields existed, so replays still match
            }
            return String.join("\u001f", base, String.valueOf(urgency), String.valueOf(instance),
                    String.valueOf(citizenName), String.valueOf(contactRequested), String.valueOf(officerCode),
                    String.valueOf(counterCode), String.valueOf(procedureCode));
        }
    }

    /**
     * Where a case came from inside HaiLong, set by the feature that files it, never by a client: the rating that
     * opened a follow-up, the reception day it was raised at, and who received it in person.
     */
    public record Origin(Long ratingId, Long receptionId, String receiverLabel) {
        public static final Origin NONE = new Origin(null, null, null);
    }

    /** Purpose (HMAC domain) of a complaint's body fingerprint. */
    static final String BODY_PURPOSE = "complaints.body_hash";

    public record Filed(String trackingCode, Instant dueAt, boolean created) {
    }

    static final int MAX_TEXT = 5000;
    private static final int ATTEMPTS = 5;

    private final Directory directory;
    private final UnitScope unitScope;
    private final PersonalDataCipher cipher;
    private final ComplaintStore store;
    private final TimeOrderedIds ids;
    private final TrackingCodes codes = new TrackingCodes();
    private final ComplaintRouting routing;
    private final ComplaintLimits limits;
    private final ComplaintRecorder recorder;
    private final WindowCounters counters;
    private final Clock clock;

    ComplaintIntake(Directory directory, UnitScope unitScope, PersonalDataCipher cipher, ComplaintStore store,
                    TimeOrderedIds ids, ComplaintRouting routing, ComplaintLimits limits, ComplaintRecorder recorder,
                    WindowCounters counters, Clock clock) {
        this.counters = counters;
        this.limits = limits;
        this.recorder = recorder;
        this.directory = directory;
        this.unitScope = unitScope;
        this.cipher = cipher;
        this.routing = routing;
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * The complaint an earlier request with this key filed, if any: a replay is answered from it and costs nothing
     * (the abuse limit is not charged for it).
     *
     * @throws RuleViolation 409 when the key was used for a different body
     */
    public Optional<Filed> replayOf(Actor actor, String clientAddress, String idempotencyKey, Submission s) {
        String key = key(idempotencyKey);
        return key == null ? Optional.empty() : replay(scope(actor, clientAddress), key, bodyHash(s));
    }

    /**
     * @param actor         null for a citizen without a token
     * @param clientAddress where the request came from; scopes the idempotency key of a citizen without a token
     */
    public Filed file(Actor actor, String clientAddress, String idempotencyKey, Submission s) {
        return file(actor, clientAddress, idempotencyKey, s, Origin.NONE);
    }

    /** Files with its origin inside HaiLong (a follow-up of a rating, a reception day): see {@link Origin}. */
    public Filed file(Actor actor, String clientAddress, String idempotencyKey, Submission s, Origin origin) {
        return file(actor, clientAddress, idempotencyKey, s, origin, java.util.List.of());
    }

    /**
     * Files with attachments already checked by {@link Attachments#check}, stored in the complaint's transaction
     * (a replay stores none: the first filing did).
     */
    public Filed file(Actor actor, String clientAddress, String idempotencyKey, Submission s, Origin origin,
                      java.util.List<ComplaintAttachment> attachments) {
        return file(actor, null, scope(actor, clientAddress), idempotencyKey, s, origin, attachments);
    }

    /**
     * Files a case that HaiLong opens itself (the follow-up of an unhappy rating): no token, so no token allowance;
     * any channel; the audit trail names {@code what} as the filer; idempotent by key within HaiLong's own scope
     * {@code system:<what>}, so the same key files one case however often it is asked (a later body under the same
     * key is answered with the case filed first, not refused).
     */
    public Filed fileForHaiLong(String what, String idempotencyKey, Submission s, Origin origin) {
        return file(null, EventActor.system(what), "system:" + what, idempotencyKey, s, origin, java.util.List.of());
    }

    private Filed file(Actor actor, EventActor system, String scope, String idempotencyKey, Submission s,
                       Origin origin, java.util.List<ComplaintAttachment> attachments) {
        String key = key(idempotencyKey);
        String hash = bodyHash(s);
        if (key != null) {
            // HaiLong's own key names what the case is for (one follow-up per rating), whatever the body says now
            Optional<Filed> replay = replay(scope, key, system != null ? null : hash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        ComplaintKind kind = ComplaintKind.parse(s.kind()).orElseThrow(() -> RuleViolation.invalid("kind",
                "complaints.error.kind", s.kind()));
        String text = s.text() == null ? "" : s.text().strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw RuleViolation.invalid("text", "complaints.error.text", MAX_TEXT);
        }
        Long unitId = null;
        if (actor != null && actor.role() == Role.KIOSK) {
            unitId = actor.unitId();
        }
        if (s.unitCode() != null) {
            Unit unit = directory.unitByCode(s.unitCode()).orElseThrow(() -> RuleViolation.invalid("unitCode",
                    "organisation.error.unit.unknown", s.unitCode()));
            if (unitId != null && unit.id() != unitId) {
                throw RuleViolation.forbidden("complaints.error.kioskOwnUnit");
            }
            if (actor != null && actor.role() != Role.KIOSK) {
                // a handler's, integration's or admin's token files only for units in its subtree
                unitScope.requireWritable(actor, unit.id());
            }
            unitId = unit.id();
        }
        Long sectorId = null;
        if (s.sectorCode() != null) {
            sectorId = directory.sectorByCode(s.sectorCode()).map(Sector::id).orElseThrow(() -> RuleViolation.invalid(
                    "sectorCode", "organisation.error.sector.unknown", s.sectorCode()));
        }
        PhoneNumber phone = null;
        if (s.phone() != null && !s.phone().isBlank()) {
            try {
                phone = PhoneNumber.parse(s.phone());
            } catch (InvalidPhoneNumber e) {
                throw RuleViolation.invalid("phone", "complaints.error.phone");
            }
        }
        if (s.dossierCode() != null && (s.dossierCode().isBlank() || s.dossierCode().length() > 64)) {
            throw RuleViolation.invalid("dossierCode", "feedback.error.dossierCode");
        }
        boolean kiosk = actor != null && actor.role() == Role.KIOSK;
        String channel = s.channel() == null ? (kiosk ? "KIOSK" : "WEB") : s.channel().strip().toUpperCase(Locale.ROOT);
        if (!channel.matches("KIOSK|COUNTER|SMS|WEB|PHONE|EMAIL|IMPORT|PAPER|RECEPTION")) {
            throw RuleViolation.invalid("channel", "complaints.error.channel", s.channel());
        }
        if (actor == null && system == null && !channel.equals("WEB")) {
            // a citizen without a token files on the web: other channels are vouched for by a token
            throw RuleViolation.invalid("channel", "complaints.error.webOnly");
        }
        if (kiosk && !channel.equals("KIOSK")) {
            throw RuleViolation.invalid("channel", "complaints.error.kioskChannel");
        }

        Urgency urgency = Urgency.parse(s.urgency()).orElse(s.urgency() == null || s.urgency().isBlank()
                ? Urgency.BINH_THUONG : null);
        if (urgency == null || !(urgency == Urgency.KHAN || urgency == Urgency.BINH_THUONG
                || (actor != null && actor.role() != Role.KIOSK))) {
            throw RuleViolation.invalid("urgency", "complaints.error.urgency", s.urgency());
        }
        Integer instance = s.instance();
        if (instance != null && (kind != ComplaintKind.KHIEU_NAI || instance < 1 || instance > 2)) {
            throw RuleViolation.invalid("instance", "complaints.error.instance");
        }
        String name = s.citizenName() == null || s.citizenName().isBlank() ? null : s.citizenName().strip();
        if (name != null && name.length() > 200) {
            throw RuleViolation.invalid("citizenName", "complaints.error.name.tooLong", 200);
        }
        Long officerId = s.officerCode() == null || s.officerCode().isBlank() ? null
                : directory.officerByCode(s.officerCode().strip()).map(o -> o.id()).orElseThrow(() ->
                RuleViolation.invalid("officerCode", "organisation.error.officer.notFound", s.officerCode()));
        Long counterId = s.counterCode() == null || s.counterCode().isBlank() ? null
                : directory.counterByCode(s.counterCode().strip()).map(o -> o.id()).orElseThrow(() ->
                RuleViolation.invalid("counterCode", "organisation.error.counter.unknown", s.counterCode()));
        Long procedureId = s.procedureCode() == null || s.procedureCode().isBlank() ? null
                : directory.procedureByCode(s.procedureCode().strip()).map(o -> o.id()).orElseThrow(() ->
                RuleViolation.invalid("procedureCode", "organisation.error.procedure.notFound", s.procedureCode()));

        Instant now = clock.instant();
        RateLimiter allowance = actor == null ? null : allowance(actor, kiosk);
        if (allowance != null) {
            Optional<Duration> wait = allowance.acquire(scope);
            if (wait.isPresent()) {
                throw new ComplaintLimitReached(wait.get());
            }
        }
        try {
            return record(actor, system, s, origin, kind, text, unitId, sectorId, phone, channel, urgency, instance, name,
                    officerId, counterId, procedureId, now, scope, key, hash, attachments);
        } catch (RuntimeException e) {
            if (allowance != null) {
                allowance.release(scope);
            }
            throw e;
        }
    }

    private Filed record(Actor actor, EventActor system, Submission s, Origin origin, ComplaintKind kind, String text, Long unitId,
                         Long sectorId, PhoneNumber phone, String channel, Urgency urgency, Integer instance,
                         String name, Long officerId, Long counterId, Long procedureId, Instant now, String scope,
                         String key, String hash, java.util.List<ComplaintAttachment> attachments) {
        ComplaintRouting.Route route = routing.route(new ComplaintRouting.Request(kind, sectorId, unitId, text));
        int year = now.atZone(ClockFactory.VIETNAM).getYear();
        EventActor by = system != null ? system : actor == null ? EventActor.citizen() : EventActor.of(actor);
        for (int attempt = 0; ; attempt++) {
            String code = codes.next(kind, year);
            try {
                ComplaintCase opened = recorder.record(new ComplaintStore.NewComplaint(ids.next(), code, kind, channel,
                        unitId, sectorId, s.dossierCode(), text, phone, actor == null ? null : actor.kioskId(), now,
                        now, scope, key, hash, urgency, instance, route, officerId, counterId, procedureId, name,
                        Boolean.TRUE.equals(s.contactRequested()), origin), by, attachments);
                return new Filed(code, opened.dueAt(), true);
            } catch (ComplaintStore.Clash clash) {
                if (clash.idempotencyKey && key != null) {
                    return replay(scope, key, system != null ? null : hash).orElseThrow(() -> clash);
                }
                if (attempt >= ATTEMPTS) {
                    throw clash;
                }
            }
        }
    }

    /**
     * A token or a signed-in staff member files at most its allowance per period (a replay, answered above, costs
     * nothing): reserved first on the atomic database counters, so a burst of parallel requests cannot all pass a
     * check made before any was counted. A refused try stays counted (hammering does not help); a filing that fails
     * after its reservation gives it back.
     */
    private RateLimiter allowance(Actor actor, boolean kiosk) {
        int max = kiosk ? limits.getKioskPerPeriod() : actor.kind() == Actor.Kind.USER ? limits.getStaffPerPeriod()
                : limits.getOtherTokenPerPeriod();
        String name = kiosk ? "complaints.kiosk" : actor.kind() == Actor.Kind.USER ? "complaints.staff" : "complaints.token";
        return max > 0 ? new RateLimiter(counters, clock, name, max, limits.getTokenPeriod()) : null;
    }

    private static String key(String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw RuleViolation.invalid("Idempotency-Key", "feedback.error.idempotencyKey.tooLong");
        }
        return key;
    }

    private static String scope(Actor actor, String clientAddress) {
        return actor == null ? Actor.anonymousIdempotencyScope(clientAddress) : actor.idempotencyScope();
    }

    /**
     * A keyed HMAC of the canonical body, never a plain hash: the body holds the citizen's phone number, which a plain
     * SHA-256 stored beside the readable fields and the last four digits would give away in seconds.
     */
    private String bodyHash(Submission s) {
        return cipher.fingerprint(s.canonical(), BODY_PURPOSE);
    }

    /** @param hash null to answer from the stored complaint whatever its body */
    private Optional<Filed> replay(String scope, String key, String hash) {
        return store.findByKey(scope, key).map(stored -> {
            // complaints filed before body hashes were keyed have none (cleared by a migration): a replay, not a conflict
            if (hash != null && stored.bodyHash() != null && !stored.bodyHash().equals(hash)) {
                throw RuleViolation.conflict("Idempotency-Key", "complaints.error.idempotencyKey.reused");
            }
            return new Filed(stored.trackingCode(), stored.dueAt(), false);
        });
    }
}
