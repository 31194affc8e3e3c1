package vn.hailong.dossiers.apology;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.calendar.Calendars;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.Dossiers;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.sms.OutboundSms;
import vn.hailong.sms.SmsOutbox;
import vn.hailong.sms.SmsPurpose;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Late dossiers and their apology (Decree 118/2025 Art. 19(6)): the unit's list of dossiers at risk, most urgent
 * first; issuing the one apology a dossier may have, which moves its appointment and queues the SMS to the citizen in
 * the same transaction; reading an issued one back. Everything within the actor's unit subtree.
 */
@Singleton
public class Apologies {

    private final ApologyStore store;
    private final Dossiers dossiers;
    private final ApologyRules rules;
    private final Calendars calendars;
    private final Directory directory;
    private final UnitScope scope;
    private final SmsOutbox outbox;
    private final TimeOrderedIds ids;
    private final Clock clock;
    private final String publicBaseUrl;

    Apologies(ApologyStore store, Dossiers dossiers, ApologyRules rules, Calendars calendars, Directory directory,
              UnitScope scope, SmsOutbox outbox, TimeOrderedIds ids, Clock clock,
              @Value("${hailong.public-base-url:`http://localhost:8080`}") String publicBaseUrl) {
        this.store = store;
        this.dossiers = dossiers;
        this.rules = rules;
        this.calendars = calendars;
        this.directory = directory;
        this.scope = scope;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** The at-risk and overdue dossiers of the actor's subtree, the apology due first at the top. */
    @Transactional(readOnly = true)
    public List<LateDossier> lateList(Actor actor) {
        Instant now = clock.instant();
        LocalDate today = local(now);
        WorkingCalendar calendar = calendarAround(actor.unitId(), today, today);
        Instant before = rules.horizonEnd(today, calendar).plusDays(1).atStartOfDay(ClockFactory.VIETNAM).toInstant();
        List<Dossier> open = store.openDossiersDueBefore(scope.subtreeIds(actor), before);
        Map<Long, Apology> apologies = store.byDossiers(open.stream().map(Dossier::id).toList()).stream()
                .collect(Collectors.toMap(Apology::dossierId, Function.identity()));
        LocalDate earliest = open.stream().map(d -> local(d.appointmentAt())).min(Comparator.naturalOrder())
                .orElse(today);
        Map<Long, WorkingCalendar> byUnit = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        Map<Long, String> procedureNames = new HashMap<>();
        return open.stream().map(d -> {
            WorkingCalendar c = byUnit.computeIfAbsent(d.unitId(), u -> calendarAround(u, earliest, today));
            return new LateDossier(d, unitNames.computeIfAbsent(d.unitId(), this::unitName),
                    procedureNames.computeIfAbsent(d.procedureId(), this::procedureName),
                    rules.dueBy(d.appointmentAt(), c), rules.urgency(d, now, c), apologies.get(d.id()));
        }).sorted(Comparator.comparing(LateDossier::apologyDueBy).thenComparing(l -> l.dossier().code())).toList();
    }

    /** One dossier as the apology form shows it (not found outside the actor's subtree). */
    @Transactional(readOnly = true)
    public LateDossier dossier(Actor actor, String code) {
        Dossier d = visible(actor, dossiers.byCode(code), code);
        LocalDate today = local(clock.instant());
        WorkingCalendar c = calendarAround(d.unitId(), today, local(d.appointmentAt()));
        return new LateDossier(d, unitName(d.unitId()), procedureName(d.procedureId()),
                rules.dueBy(d.appointmentAt(), c), rules.urgency(d, clock.instant(), c),
                store.byDossier(d.id()).orElse(null));
    }

    /**
     * Issues the apology: checks it ({@link ApologyRules#decide}), records it, moves the appointment once and, when
     * the citizen's phone is known, queues one SMS (dedupe key {@code apology:<dossier id>}). A second apology for the
     * same dossier is refused, whether it comes after the first or at the same time.
     */
    @Transactional
    public Apology issue(Actor actor, String code, ApologyRequest request) {
        Dossier d = visible(actor, store.lockDossier(code), code);
        Instant now = clock.instant();
        boolean apologised = store.byDossier(d.id()).isPresent();
        WorkingCalendar calendar = calendarAround(d.unitId(), local(now), local(d.appointmentAt()),
                proposedDay(request.newDate(), local(now)));
        ApologyRules.Decision decision = rules.decide(d, apologised, request, now, calendar);
        Apology apology = new Apology(ids.next(), d.id(), d.unitId(), decision.reason(), d.appointmentAt(),
                decision.newAppointmentAt(), decision.dueAt(), now, decision.late(), decision.signerName(),
                decision.signerTitle(), decision.issuingUnit(), actor.name());
        if (!store.insert(apology) || !store.reschedule(d.id(), decision.newAppointmentAt())) {
            throw RuleViolation.conflict(null, "apology.error.already", d.code());
        }
        if (d.phone() != null) {
            outbox.enqueue(new OutboundSms(SmsPurpose.APOLOGY, d.phone(), smsParams(d, apology),
                    "apology:" + d.id(), d.unitId()));
        }
        return apology;
    }

    /** The issued apology of a dossier, with the dossier as it is now (not found when none, or out of reach). */
    @Transactional(readOnly = true)
    public Issued issued(Actor actor, String code) {
        Dossier d = visible(actor, dossiers.byCode(code), code);
        Apology a = store.byDossier(d.id())
                .orElseThrow(() -> RuleViolation.notFound("apology.error.none", code));
        return new Issued(d, a, unitName(d.unitId()), procedureName(d.procedureId()), ratingLink(d.code()));
    }

    /** The link printed as a QR on the letter and sent in the SMS: the rating and look-up page for the dossier. */
    public String ratingLink(String dossierCode) {
        return publicBaseUrl + "/danh-gia?ma=" + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8);
    }

    /** An issued apology with what the letter prints about its dossier. */
    public record Issued(Dossier dossier, Apology apology, String unitName, String procedureName, String link) {
    }

    private Map<String, String> smsParams(Dossier d, Apology a) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", d.code());
        params.put("date", ApologyRules.DAY.format(local(a.newAppointmentAt()))); // the APOLOGY template's {date}
        params.put("unit", unitName(d.unitId()));
        params.put("link", ratingLink(d.code()));
        return params;
    }

    private Dossier visible(Actor actor, Optional<Dossier> found, String code) {
        Dossier d = found.orElseThrow(() -> RuleViolation.notFound("apology.error.dossier.notFound", code));
        if (!scope.covers(actor, d.unitId())) {
            throw RuleViolation.notFound("apology.error.dossier.notFound", code);
        }
        return d;
    }

    /** The calendar of a unit covering these days, with room for the rules to count working days around them. */
    private WorkingCalendar calendarAround(long unitId, LocalDate... days) {
        int margin = rules.calendarMarginDays();
        LocalDate start = java.util.Arrays.stream(days).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = java.util.Arrays.stream(days).max(Comparator.naturalOrder()).orElseThrow();
        return calendars.between(unitId, start.minusDays(margin), end.plusDays(margin));
    }

    /** The proposed new day for the calendar's range (today when unreadable; at most a few years ahead). */
    private static LocalDate proposedDay(String text, LocalDate today) {
        try {
            LocalDate day = text == null ? today : LocalDate.parse(text.strip());
            return day.isAfter(today.plusYears(3)) ? today.plusYears(3) : day;
        } catch (java.time.format.DateTimeParseException e) {
            return today;
        }
    }

    private static LocalDate local(Instant at) {
        return at.atZone(ClockFactory.VIETNAM).toLocalDate();
    }

    private String unitName(long unitId) {
        return directory.unitById(unitId).map(Unit::name).orElse("");
    }

    private String procedureName(long procedureId) {
        return directory.procedureById(procedureId).map(Procedure::name).orElse("");
    }
}
