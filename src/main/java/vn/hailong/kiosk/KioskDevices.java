package vn.hailong.kiosk;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.hailong.feedback.Instrument;
import vn.hailong.feedback.Instruments;
import vn.hailong.feedback.Reason;
import vn.hailong.kiosk.persistence.Kiosks;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What a paired kiosk device asks: its configuration, and "I am alive, with n submissions waiting". */
@Singleton
public class KioskDevices {

    @Serdeable
    public record Settings(int idleSeconds, int thanksSeconds, int heartbeatSeconds) {
    }

    @Serdeable
    public record Config(String lang, Map<String, String> kiosk, Map<String, String> unit, @Nullable String boundCounterCode,
                         @Nullable String boundOfficerCode, List<Map<String, String>> counters, List<OfficerCard> officers,
                         List<Instrument.Criterion> criteria, List<Map<String, String>> reasons,
                         List<Map<String, Object>> scale, Map<String, String> messages, Settings settings) {
    }

    @Serdeable
    public record OfficerCard(String code, String fullName, String initials, @Nullable String title,
                              @Nullable String counterCode, @Nullable String photoUrl) {
    }

    private final Kiosks kiosks;
    private final Directory directory;
    private final Instruments instruments;
    private final KioskStore store;
    private final Clock clock;
    private final Settings settings;
    private final Duration contactGap;

    KioskDevices(Kiosks kiosks, Directory directory, Instruments instruments, KioskStore store, Clock clock,
                 @Value("${hailong.kiosk.idle-seconds:45}") int idleSeconds,
                 @Value("${hailong.kiosk.thanks-seconds:6}") int thanksSeconds,
                 @Value("${hailong.kiosk.heartbeat-seconds:60}") int heartbeatSeconds,
                 @Value("${hailong.kiosk.contact-gap:3m}") Duration contactGap) {
        this.contactGap = contactGap;
        this.settings = new Settings(idleSeconds, thanksSeconds, heartbeatSeconds);
        this.kiosks = kiosks;
        this.directory = directory;
        this.instruments = instruments;
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Config config(Actor actor, String requestedLang) {
        Kiosk kiosk = kioskOf(actor);
        String lang = KioskMessages.lang(requestedLang);
        Map<String, String> messages = KioskMessages.all(lang);
        Unit unit = directory.unitById(kiosk.unitId()).orElseThrow();
        List<Counter> counters = directory.countersOf(unit.id()).stream().filter(Counter::active).toList();
        Map<Long, String> counterCodes = new java.util.HashMap<>();
        counters.forEach(c -> counterCodes.put(c.id(), c.code()));
        List<OfficerCard> officers = directory.officersOf(unit.id()).stream().filter(Officer::active)
                .map(o -> new OfficerCard(o.code(), o.fullName(), initials(o.fullName()), o.title(),
                        o.counterId() == null ? null : counterCodes.get(o.counterId()), null))
                .toList();
        String boundCounter = kiosk.counterId() == null ? null : counterCodes.get(kiosk.counterId());
        String boundOfficer = kiosk.officerId() == null ? null
                : directory.officerById(kiosk.officerId()).map(Officer::code).orElse(null);
        if (boundCounter == null && boundOfficer != null) {
            boundCounter = officers.stream().filter(o -> o.code().equals(boundOfficer)).map(OfficerCard::counterCode)
                    .findFirst().orElse(null);
        }
        List<Map<String, String>> reasons = Arrays.stream(Reason.values())
                .map(r -> Map.of("code", r.name(), "label", messages.getOrDefault("kiosk.reason." + r.name(), r.name())))
                .toList();
        List<Map<String, Object>> scale = List.of(5, 4, 3, 2, 1).stream()
                .map(s -> Map.<String, Object>of("score", s, "label", messages.get("kiosk.scale." + s))).toList();
        return new Config(lang, Map.of("code", kiosk.code(), "name", kiosk.name()),
                Map.of("code", unit.code(), "name", unit.name()), boundCounter, boundOfficer,
                counters.stream().map(c -> Map.of("code", c.code(), "name", c.name())).toList(), officers,
                instruments.kioskQuestions(kiosk.id(), "en".equals(lang)), reasons, scale, messages,
                settings);
    }

    @Transactional
    public void heartbeat(Actor actor, int pendingCount) {
        Kiosk kiosk = kioskOf(actor);
        Instant now = clock.instant();
        store.recordHeartbeat(kiosk.id(), now, Math.max(0, pendingCount));
        store.recordContact(kiosk.id(), now, contactGap, true);
    }

    private Kiosk kioskOf(Actor actor) {
        if (actor.kioskId() == null) {
            throw RuleViolation.forbidden("kioskadmin.error.kioskOnly");
        }
        return kiosks.findById(actor.kioskId()).filter(Kiosk::active)
                .orElseThrow(() -> RuleViolation.forbidden("kioskadmin.error.inactive"));
    }

    /** What follows the name when someone typed a title or a note into it: "Nguyễn Thị Lan — Chuyên viên". */
    private static final Pattern AFTER_NAME = Pattern.compile("\\s+[—–-]\\s+|[,(]");

    /**
     * The avatar's letters, as Outlook and Teams show Vietnamese names: the family name's initial and the given name's
     * (the first and the last word), "Nguyễn Thị Phương Thảo" -> "NT"; one word gives one letter. A title or note typed
     * after " — ", " - ", a comma or a bracket is not part of the name; letters typed decomposed count as one.
     */
    static String initials(String fullName) {
        String typed = fullName == null ? "" : Normalizer.normalize(fullName, Normalizer.Form.NFC);
        String name = AFTER_NAME.split(typed, 2)[0].strip();
        if (name.isEmpty()) {
            return "?";
        }
        String[] words = name.split("\\s+");
        StringBuilder sb = new StringBuilder().appendCodePoint(words[0].codePointAt(0));
        if (words.length > 1) {
            sb.appendCodePoint(words[words.length - 1].codePointAt(0));
        }
        return sb.toString().toUpperCase(Locale.forLanguageTag("vi"));
    }
}
