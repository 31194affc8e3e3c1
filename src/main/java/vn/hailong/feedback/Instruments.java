package vn.hailong.feedback;

import io.micronaut.transaction.annotation.Transactional;
import com.github.benmanes.caffeine.cache.Cache;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import vn.hailong.shared.cache.HotPathCaches;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The survey instruments, versioned by effective dates, and which of their criteria each channel asks: kiosks (and
 * the counter's own kiosk) a default list with a per-kiosk override, the web form and the SMS survey one list each.
 * Lists are kept per instrument, so that the next instrument's can be prepared before it comes into effect.
 */
@Singleton
public class Instruments {

    /** The most follow-up questions a kiosk asks (issue 4: "up to 3 SIPAS criteria"). */
    public static final int MAX_KIOSK_QUESTIONS = 3;
    /**
     * The most an SMS survey asks after the overall score: one. Vietnamese with diacritics goes out as UCS-2, 70
     * characters a message; the overall question and one criterion already fill it, and a reply of two digits
     * ("5 4") is what people type without mistakes.
     */
    public static final int MAX_SMS_QUESTIONS = 1;

    private final InstrumentStore store;
    private final Directory directory;
    private final Clock clock;

    /** The instruments with their criteria, by language (true: English): read on every rating with answers. */
    private final Cache<Boolean, List<Instrument>> definitions;
    private final ApplicationEventPublisher<InstrumentsScheduled> scheduled;

    Instruments(InstrumentStore store, Directory directory, Clock clock, HotPathCaches caches,
                ApplicationEventPublisher<InstrumentsScheduled> scheduled) {
        this.definitions = caches.build();
        this.scheduled = scheduled;
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    /** The most criteria a channel's list holds (the web form: all the instrument's). */
    public static int maxQuestions(Channel channel, Instrument instrument) {
        return switch (listOf(channel)) {
            case KIOSK -> MAX_KIOSK_QUESTIONS;
            case SMS -> MAX_SMS_QUESTIONS;
            default -> instrument.allCriteria().size();
        };
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
    }

    /** The instrument in effect today. */
    public Instrument active(boolean english) {
        return inEffectOn(today(), english).orElseThrow(() -> RuleViolation.notFound("feedback.error.noInstrument"));
    }

    public Optional<Instrument> inEffectOn(LocalDate date) {
        return inEffectOn(date, false);
    }

    private List<Instrument> definitions(boolean english) {
        return definitions.get(english, store::all);
    }

    /** Forgets the cached definitions: for whoever changed the instruments' dates behind this class (tests' SQL). */
    public void forgetCached() {
        definitions.invalidateAll();
    }

    /** Published in the transaction that changes effective dates: forgotten at once and again after the commit. */
    record InstrumentsScheduled() {
    }

    @EventListener
    void onScheduled(InstrumentsScheduled event) {
        forgetCached();
    }

    @TransactionalEventListener
    void afterScheduled(InstrumentsScheduled event) {
        forgetCached();
    }

    public Optional<Instrument> inEffectOn(LocalDate date, boolean english) {
        return definitions(english).stream().filter(i -> i.period().covers(date)).findFirst();
    }

    public Optional<Instrument> byCode(String code, boolean english) {
        return definitions(english).stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Every instrument's criteria: criterion code → the code of its element (codes are unique across instruments). */
    public Map<String, String> elementOfCriterion() {
        return store.elementOfCriterion();
    }

    /** Every instrument's dates, as stored. */
    public List<EffectivePeriods.Period> periods() {
        return store.periods();
    }

    /** Every instrument with its elements and criteria, by start date (those not in use last). */
    public List<Instrument> all(boolean english) {
        return definitions(english);
    }

    /**
     * What a rating page asks after the overall score, from the instrument in effect on the date: a kiosk's (or the
     * counter's) own list or else the default kiosk list, the web or the SMS list; a paper form (IMPORT) asks all.
     */
    public List<Instrument.Criterion> questionsFor(Channel channel, Long kioskId, LocalDate date, boolean english) {
        return inEffectOn(date, english).map(i -> questions(i, channel, kioskId)).orElse(List.of());
    }

    /** The criteria a kiosk asks today (the kiosk's configuration). */
    public List<Instrument.Criterion> kioskQuestions(Long kioskId, boolean english) {
        return questionsFor(Channel.KIOSK, kioskId, today(), english);
    }

    private List<Instrument.Criterion> questions(Instrument instrument, Channel channel, Long kioskId) {
        List<String> codes = switch (listOf(channel)) {
            case KIOSK -> {
                List<String> own = kioskId == null ? List.of() : store.kioskCodes(instrument.code(), kioskId);
                yield own.isEmpty() ? store.kioskCodes(instrument.code(), null) : own;
            }
            case IMPORT -> instrument.allCriteria().stream().map(Instrument.Criterion::code).toList();
            default -> store.channelCodes(instrument.code(), channel);
        };
        List<Instrument.Criterion> criteria = new ArrayList<>();
        codes.stream().limit(maxQuestions(channel, instrument))
                .forEach(c -> instrument.criterion(c).ifPresent(criteria::add));
        return List.copyOf(criteria);
    }

    /** The list a channel asks from: the counter's screen is a kiosk. */
    private static Channel listOf(Channel channel) {
        return channel == Channel.COUNTER ? Channel.KIOSK : channel;
    }

    /** The criterion codes of the instrument in effect on the date, which a rating given then may answer. */
    public Set<String> criterionCodes(Instrument instrument) {
        return instrument.allCriteria().stream().map(Instrument.Criterion::code).collect(Collectors.toSet());
    }

    /** The criterion codes of one list of one instrument ({@code kioskId} for KIOSK only; null: the default list). */
    public List<String> questionCodes(String instrumentCode, Channel channel, Long kioskId) {
        return listOf(channel) == Channel.KIOSK ? store.kioskCodes(instrumentCode, kioskId)
                : store.channelCodes(instrumentCode, listOf(channel));
    }

    /** Criterion codes of this kiosk's own list for the instrument in effect today; {@code null}: the default list. */
    public List<String> questionCodes(Long kioskId) {
        return questionCodes(active(false).code(), Channel.KIOSK, kioskId);
    }

    /** Whether the actor may change instruments and the lists every unit shares: an admin of a top unit. */
    public boolean mayChange(Actor actor) {
        return directory.unitById(actor.unitId()).map(Unit::parentId).isEmpty();
    }

    /**
     * Sets the criteria one list asks: KIOSK ({@code kioskId} null: the default for kiosks without their own list;
     * an empty list for a kiosk means "use the default"), WEB or SMS, at most {@link #maxQuestions}, all of the
     * instrument. Callers check that the actor may change the list.
     */
    @Transactional
    public void chooseQuestions(String instrumentCode, Channel channel, Long kioskId, List<String> criterionCodes) {
        Instrument instrument = byCode(instrumentCode, false)
                .orElseThrow(() -> RuleViolation.notFound("instruments.error.unknown", instrumentCode));
        Channel list = listOf(channel);
        if (list == Channel.IMPORT) {
            throw RuleViolation.invalid("channel", "instruments.error.importAsksAll");
        }
        List<String> codes = criterionCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .distinct().toList();
        int max = maxQuestions(list, instrument);
        if (codes.size() > max) {
            throw RuleViolation.invalid("criteria", "feedback.error.tooManyQuestions", max);
        }
        Set<String> known = criterionCodes(instrument);
        for (String code : codes) {
            if (!known.contains(code)) {
                throw RuleViolation.invalid("criteria", "instruments.error.notInInstrument", code, instrumentCode);
            }
        }
        if (list == Channel.KIOSK) {
            store.replaceKioskCodes(instrumentCode, kioskId, codes);
        } else {
            store.replaceChannelCodes(instrumentCode, list, codes);
        }
    }

    /** Sets the default kiosk list, the web and the SMS list of one instrument at once: all or none. */
    @Transactional
    public void chooseQuestionLists(String instrumentCode, Map<Channel, List<String>> lists) {
        RuleViolation.Builder problems = RuleViolation.builder();
        lists.forEach((channel, codes) -> problems.check(() -> chooseQuestions(instrumentCode, channel, null, codes)));
        problems.throwIfAny();
    }

    /** Sets the kiosk questions of the instrument in effect today (the kiosks admin pages). */
    @Transactional
    public void chooseKioskQuestions(Long kioskId, List<String> criterionCodes) {
        chooseQuestions(active(false).code(), Channel.KIOSK, kioskId, criterionCodes);
    }

    /**
     * Sets the start dates of instruments (code → start, null: not in use); the ends follow from the next start
     * and the whole is checked by {@link EffectivePeriods#settle}; days that had an instrument keep one. Only an
     * admin of a top unit.
     */
    @Transactional
    public List<EffectivePeriods.Period> schedule(Actor actor, Map<String, LocalDate> starts) {
        if (!mayChange(actor)) {
            throw RuleViolation.forbidden("instruments.error.provinceOnly");
        }
        Map<String, LocalDate> wanted = new HashMap<>(starts);
        List<EffectivePeriods.Period> stored = store.periods();
        LocalDate coveredFrom = stored.stream().map(EffectivePeriods.Period::from).filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        List<EffectivePeriods.Period> periods = stored.stream()
                .map(p -> wanted.containsKey(p.code()) ? new EffectivePeriods.Period(p.code(), wanted.get(p.code()), null)
                        : new EffectivePeriods.Period(p.code(), p.from(), null))
                .toList();
        List<EffectivePeriods.Period> settled = EffectivePeriods.settle(periods, coveredFrom);
        scheduled.publishEvent(new InstrumentsScheduled());
        store.savePeriods(settled);
        return settled;
    }
}
