package vn.hailong.demo;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.calendar.Calendars;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.feedback.ApplicantType;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.HistoricRating;
import vn.hailong.feedback.RatingHistory;
import vn.hailong.feedback.Reason;
import vn.hailong.kiosk.Kiosk;
import vn.hailong.kiosk.persistence.Kiosks;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.persistence.Procedures;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.persistence.Sectors;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.time.ClockFactory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;

/**
 * A year of kiosk and counter ratings for the demo province's service centres, ending yesterday (Asia/Ho_Chi_Minh,
 * from the injected clock), written in bulk through {@link RatingHistory}. Believable patterns:
 * <ul>
 *   <li>only on working days of the calendar (Tết and other holidays have none, làm bù Saturdays have some);</li>
 *   <li>a morning peak around 9:30 and a smaller early-afternoon one, inside office hours;</li>
 *   <li>Monday and Tuesday busier than Friday; bigger wards and the city centre busier than mountain communes;
 *       January (before Tết) busier, the summer quieter;</li>
 *   <li>about 90–92 % satisfied overall, Đất đai and Xây dựng weaker (about 82–84 %), three named officers
 *       ({@link #UNHAPPY_OFFICERS}) with clearly more unhappy citizens, and a slight improvement over the year;</li>
 *   <li>some ratings with 1–3 SIPAS criterion answers (the kiosk's follow-up questions), reasons and short Vietnamese
 *       comments on most unhappy ones, a rare thank-you on happy ones;</li>
 *   <li>once a month, {@value #FORMS_PER_CENTRE_MONTH} paper survey forms per centre answering all 22 SIPAS 2017
 *       criteria (channel IMPORT), so every element has figures; equipment and the handling of feedback weaker;</li>
 *   <li>counter ratings and forms say whether the citizen came for an organisation or business (mostly for
 *       business registration), kiosk ratings do not (the kiosk does not ask);</li>
 *   <li>each counter rates procedures of its own sectors ({@link #COUNTER_SECTORS}, matched on the counter's name,
 *       since the directory does not say which sectors a counter serves).</li>
 * </ul>
 * Deterministic (seeded; the same clock gives the same ratings and keys) and idempotent: the keys start with
 * {@link #KEY_PREFIX}, and one index probe for that prefix tells whether the history is already there.
 */
@Singleton
class RatingsDemoData implements DemoDataContributor {

    static final int ORDER = 200;
    static final String KEY_PREFIX = "demo-rating:";
    /** The three officers with clearly more unhappy citizens (none of them at a Đất đai – Xây dựng counter). */
    static final Set<String> UNHAPPY_OFFICERS = Set.of("CB.19789.1", "CB.19813.5", "CB.46.12");
    static final Set<String> WEAK_SECTORS = Set.of("DAT-DAI", "XAY-DUNG");

    private static final Logger LOG = LoggerFactory.getLogger(RatingsDemoData.class);

    /** Sectors a counter serves, by a fragment of its name; the first fragment found wins (most specific first). */
    static final Map<String, List<String>> COUNTER_SECTORS = new LinkedHashMap<>();
    /** The share of a centre's citizens a counter sees, by the same fragments (default 1). */
    private static final Map<String, Double> COUNTER_WEIGHT = new HashMap<>();

    static {
        counter("Sở Tư pháp", 1.6, "LY-LICH-TU-PHAP", "CHUNG-THUC");
        counter("Sở Tài chính", 1.3, "DANG-KY-DOANH-NGHIEP");
        counter("Sở Nông nghiệp và Môi trường", 1.8, "DAT-DAI");
        counter("Sở Xây dựng", 2.0, "XAY-DUNG", "GIAY-PHEP-LAI-XE", "DUONG-BO");
        counter("Sở Nội vụ", 0.8, "NGUOI-CO-CONG");
        counter("Sở Giáo dục", 0.7, "GIAO-DUC");
        counter("Sở Văn hóa", 0.5, "VAN-HOA");
        counter("Công an thành phố", 2.0, "CAN-CUOC", "CU-TRU");
        counter("Thuế", 1.2);
        counter("Bảo hiểm xã hội", 1.2);
        counter("Tư pháp – Hộ tịch", 3.0, "HO-TICH", "CHUNG-THUC");
        counter("Đất đai – Xây dựng", 2.2, "DAT-DAI", "XAY-DUNG");
        counter("Kinh tế", 1.1, "HO-KINH-DOANH");
        counter("Văn hóa – Xã hội", 1.4, "BAO-TRO-XA-HOI", "NGUOI-CO-CONG", "GIAM-NGHEO", "GIAO-DUC", "VAN-HOA");
        counter("Công an", 2.2, "CU-TRU", "CAN-CUOC");
    }

    private static void counter(String fragment, double weight, String... sectors) {
        COUNTER_SECTORS.put(fragment, List.of(sectors));
        COUNTER_WEIGHT.put(fragment, weight);
    }

    /** Mean ratings per ordinary working day by service centre (the bigger urban wards and the city centre busier). */
    private static final Map<String, Double> CENTRE_SIZE = Map.ofEntries(
            Map.entry("46.TTPVHCC", 60.0), Map.entry("19789.TTPVHCC", 54.0), Map.entry("19753.TTPVHCC", 50.0),
            Map.entry("19815.TTPVHCC", 46.0), Map.entry("19777.TTPVHCC", 43.0), Map.entry("19813.TTPVHCC", 40.0),
            Map.entry("19774.TTPVHCC", 37.0), Map.entry("19942.TTPVHCC", 36.0), Map.entry("20107.TTPVHCC", 34.0),
            Map.entry("19867.TTPVHCC", 32.0), Map.entry("20044.TTPVHCC", 26.0));
    private static final double DEFAULT_CENTRE_SIZE = 35.0;

    /** The kiosk's default follow-up questions (politeness, attentive guidance, waiting seats), then the officer ones. */
    private static final List<String> KIOSK_CRITERIA = List.of("S17-10", "S17-13", "S17-01");
    private static final List<String> COUNTER_CRITERIA = List.of("S17-10", "S17-11", "S17-12", "S17-13", "S17-14", "S17-15");
    /**
     * Paper survey forms (phiếu khảo sát) answer every criterion of SIPAS 2017. How each criterion leans against the
     * overall score: modern equipment (S17-03) and the handling of feedback (S17-21, S17-22) are where satisfaction
     * is lost; politeness (S17-10) is a strength.
     */
    private static final Map<String, Double> FORM_LEAN = Map.of("S17-03", -0.6, "S17-04", -0.3, "S17-21", -0.7,
            "S17-22", -0.8, "S17-19", -0.3, "S17-10", 0.2, "S17-09", -0.2);
    private static final int FORMS_PER_CENTRE_MONTH = 12;
    private static final String INSTRUMENT = "SIPAS-2017";
    /** Sectors whose citizens mostly come for an organisation or business. */
    private static final Set<String> BUSINESS_SECTORS = Set.of("DANG-KY-DOANH-NGHIEP", "HO-KINH-DOANH");

    private static final Map<Reason, List<String>> COMMENTS = Map.of(
            Reason.WAITING, List.of("Chờ lâu quá, hơn một tiếng mới đến lượt.",
                    "Đông người, nên mở thêm quầy vào sáng thứ Hai.",
                    "Máy lấy số bị lỗi, phải chờ rất lâu."),
            Reason.GUIDANCE, List.of("Hướng dẫn chưa rõ, phải đi lại hai lần mới đủ hồ sơ.",
                    "Cán bộ nói nhanh quá, tôi chưa hiểu cần bổ sung giấy tờ gì.",
                    "Nên có mẫu tờ khai điền sẵn để người dân tham khảo."),
            Reason.ATTITUDE, List.of("Thái độ cán bộ chưa niềm nở, trả lời cộc lốc.",
                    "Cán bộ vừa làm việc vừa dùng điện thoại.",
                    "Tôi hỏi lại thì bị gắt, không vui."),
            Reason.LATE, List.of("Hồ sơ trễ hẹn mà không được báo trước.",
                    "Hẹn trả kết quả nhưng đến nơi vẫn chưa có.",
                    "Hồ sơ đất đai giải quyết chậm, đã quá hẹn một tuần."),
            Reason.FEES, List.of("Không rõ vì sao phải nộp thêm phí.",
                    "Lệ phí chưa được niêm yết rõ ràng."),
            Reason.OTHER, List.of("Chỗ để xe chật, trời nắng không có mái che.",
                    "Máy lạnh phòng chờ không hoạt động.",
                    "Thiếu ghế ngồi chờ cho người già."));
    private static final List<String> THANKS = List.of("Cán bộ nhiệt tình, chu đáo. Cảm ơn!",
            "Làm thủ tục nhanh, không phải chờ lâu.", "Hướng dẫn rất dễ hiểu, cảm ơn chị cán bộ.",
            "Phòng chờ sạch sẽ, thoáng mát.");

    private final Directory directory;
    private final Procedures procedures;
    private final Sectors sectors;
    private final Kiosks kiosks;
    private final Calendars calendars;
    private final RatingHistory history;
    private final RatingsDemoSettings settings;

    RatingsDemoData(Directory directory, Procedures procedures, Sectors sectors, Kiosks kiosks, Calendars calendars,
                    RatingHistory history, RatingsDemoSettings settings) {
        this.directory = directory;
        this.procedures = procedures;
        this.sectors = sectors;
        this.kiosks = kiosks;
        this.calendars = calendars;
        this.history = history;
        this.settings = settings;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public String name() {
        return "a year of ratings";
    }

    /** Several seconds for a year on the embedded database: after the server is up unless configured otherwise. */
    @Override
    public boolean deferrable() {
        return settings.isBackground();
    }

    @Override
    public String contribute(DemoContext context) {
        Optional<String> skip = settings.reasonToSkip(context, () -> history.exists(KEY_PREFIX));
        if (skip.isPresent()) {
            return skip.get();
        }
        LocalDate yesterday = context.clock().instant().atZone(ClockFactory.VIETNAM).toLocalDate().minusDays(1);
        return generate(context, yesterday.minusDays(settings.getDays() - 1L), yesterday, settings.getScale()).toString();
    }

    /** What one load did. */
    record Outcome(long ratings, int workingDays, LocalDate from, LocalDate to, long millis) {
        @Override
        public String toString() {
            return ratings + " kiosk and counter ratings on " + workingDays + " working days " + from + ".." + to
                    + " in " + millis + " ms";
        }
    }

    /** Generates and stores the ratings of {@code from..to} (inclusive, local dates), whatever is already there. */
    Outcome generate(DemoContext context, LocalDate from, LocalDate to, double scale) {
        long start = System.nanoTime();
        List<Centre> centres = centres(context.province());
        WorkingCalendar calendar = calendars.between(null, from, to);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        Generator generator = new Generator(context.random("ratings"), centres, days, from, to, scale);
        long stored = history.append(generator);
        Outcome outcome = new Outcome(stored, days.size(), from, to, (System.nanoTime() - start) / 1_000_000);
        LOG.info("Demo ratings: {} ({} centres)", outcome, centres.size());
        return outcome;
    }

    // ---- the directory as the generator sees it ----

    record Seat(Counter counter, Long officerId, String officerCode, List<Procedure> procedures,
                Set<Long> weakProcedures, Set<Long> businessProcedures, double weight) {
    }

    record Centre(Unit unit, Long kioskId, List<Seat> seats, double totalWeight, double size) {
    }

    /** The demo's service centres with their counters, officers and the procedures each counter serves. */
    List<Centre> centres(Unit province) {
        Map<Long, String> sectorCodes = new HashMap<>();
        sectors.findAll().forEach(s -> sectorCodes.put(s.id(), s.code()));
        Map<String, List<Procedure>> bySector = new HashMap<>();
        for (Procedure p : procedures.findAll()) {
            if (p.active()) {
                bySector.computeIfAbsent(sectorCodes.get(p.sectorId()), k -> new ArrayList<>()).add(p);
            }
        }
        bySector.values().forEach(list -> list.sort(Comparator.comparing(Procedure::code)));
        Set<Long> weak = new java.util.HashSet<>();
        for (String code : WEAK_SECTORS) {
            bySector.getOrDefault(code, List.of()).forEach(p -> weak.add(p.id()));
        }
        Set<Long> business = new java.util.HashSet<>();
        for (String code : BUSINESS_SECTORS) {
            bySector.getOrDefault(code, List.of()).forEach(p -> business.add(p.id()));
        }

        List<Unit> units = new ArrayList<>();
        for (Unit child : directory.children(province.id())) {
            if (child.type() == UnitType.SERVICE_CENTRE_PROVINCE) {
                units.add(child);
            } else if (child.type() == UnitType.WARD || child.type() == UnitType.COMMUNE) {
                directory.children(child.id()).stream()
                        .filter(u -> u.type() == UnitType.SERVICE_CENTRE_COMMUNE).forEach(units::add);
            }
        }
        // the demo's own centres (as DirectoryDemoData's kiosks), not centres an admin or a test added beside them
        units.removeIf(u -> !(u.code().startsWith(DirectoryDemoData.PROVINCE_CODE + ".") || u.code().matches("\\d{5}\\.TTPVHCC")));
        units.sort(Comparator.comparing(Unit::code));
        List<Centre> centres = new ArrayList<>();
        for (Unit unit : units) {
            Map<Long, Officer> officerAt = new HashMap<>();
            directory.officersOf(unit.id()).stream().filter(o -> o.counterId() != null && o.active())
                    .sorted(Comparator.comparing(Officer::code)).forEach(o -> officerAt.putIfAbsent(o.counterId(), o));
            List<Seat> seats = new ArrayList<>();
            double total = 0;
            List<Counter> counters = new ArrayList<>(directory.countersOf(unit.id()));
            counters.sort(Comparator.comparing(Counter::code));
            for (Counter c : counters) {
                if (!c.active()) {
                    continue;
                }
                String fragment = COUNTER_SECTORS.keySet().stream().filter(c.name()::contains).findFirst().orElse(null);
                List<Procedure> served = new ArrayList<>();
                if (fragment != null) {
                    COUNTER_SECTORS.get(fragment).forEach(s -> served.addAll(bySector.getOrDefault(s, List.of())));
                }
                double weight = fragment == null ? 0.5 : COUNTER_WEIGHT.get(fragment);
                Officer officer = officerAt.get(c.id());
                seats.add(new Seat(c, officer == null ? null : officer.id(), officer == null ? null : officer.code(),
                        List.copyOf(served), weak, business, weight));
                total += weight;
            }
            if (seats.isEmpty()) {
                continue;
            }
            Long kioskId = kiosks.findByCode(unit.code() + ".K1").filter(Kiosk::active).map(Kiosk::id).orElse(null);
            centres.add(new Centre(unit, kioskId, List.copyOf(seats), total,
                    CENTRE_SIZE.getOrDefault(unit.code(), DEFAULT_CENTRE_SIZE)));
        }
        return centres;
    }

    /** A counter of the centre, by the share of its citizens each one sees. */
    static Seat seat(Centre centre, Random random) {
        double pick = random.nextDouble() * centre.totalWeight();
        for (Seat s : centre.seats()) {
            pick -= s.weight();
            if (pick < 0) {
                return s;
            }
        }
        return centre.seats().get(centre.seats().size() - 1);
    }

    // ---- the generator: one working day at a time, in time order ----

    private static final class Generator implements Iterator<HistoricRating> {

        private final Random random;
        private final List<Centre> centres;
        private final List<LocalDate> days;
        private final LocalDate from;
        private final long periodDays;
        private final double scale;
        private final Map<Long, Double> centreQuality = new HashMap<>();
        /** The first working day on or after the 10th of each month: when the paper forms are collected. */
        private final Set<LocalDate> surveyDays = new java.util.HashSet<>();
        private int dayIndex;
        private List<HistoricRating> today = List.of();
        private int position;

        Generator(Random random, List<Centre> centres, List<LocalDate> days, LocalDate from, LocalDate to,
                  double scale) {
            this.random = random;
            this.centres = centres;
            this.days = days;
            this.from = from;
            this.periodDays = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, to));
            this.scale = scale;
            for (Centre c : centres) {
                centreQuality.put(c.unit().id(), (random.nextDouble() - 0.5) * 0.025);
            }
            Set<String> months = new java.util.HashSet<>();
            for (LocalDate d : days) {
                if (d.getDayOfMonth() >= 10 && months.add(d.getYear() + "-" + d.getMonthValue())) {
                    surveyDays.add(d);
                }
            }
        }

        @Override
        public boolean hasNext() {
            while (position >= today.size()) {
                if (dayIndex >= days.size()) {
                    return false;
                }
                today = day(days.get(dayIndex++));
                position = 0;
            }
            return true;
        }

        @Override
        public HistoricRating next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return today.get(position++);
        }

        private List<HistoricRating> day(LocalDate day) {
            double busy = weekday(day.getDayOfWeek()) * month(day.getMonthValue()) * scale;
            // the slight improvement over the year: from -1.5 to +1.5 points of satisfied share
            double trend = 0.03 * ((double) java.time.temporal.ChronoUnit.DAYS.between(from, day) / periodDays - 0.5);
            List<HistoricRating> ratings = new ArrayList<>();
            boolean surveyDay = surveyDays.contains(day);
            for (Centre centre : centres) {
                int n = (int) Math.round(centre.size() * busy * (0.85 + 0.3 * random.nextDouble()));
                for (int i = 0; i < n; i++) {
                    ratings.add(rating(day, centre, i, trend));
                }
                if (surveyDay) {
                    for (int i = 0; i < FORMS_PER_CENTRE_MONTH; i++) {
                        ratings.add(form(day, centre, i, trend));
                    }
                }
            }
            ratings.sort(Comparator.comparing(HistoricRating::submittedAt));
            return ratings;
        }

        private HistoricRating rating(LocalDate day, Centre centre, int index, double trend) {
            Seat seat = seat(centre);
            Procedure procedure = seat.procedures().isEmpty() ? null
                    : seat.procedures().get((int) (seat.procedures().size() * Math.pow(random.nextDouble(), 1.8)));
            boolean weak = procedure != null && seat.weakProcedures().contains(procedure.id());
            boolean unhappyOfficer = seat.officerCode() != null && UNHAPPY_OFFICERS.contains(seat.officerCode());
            double p = unhappyOfficer ? 0.72 : weak ? 0.835 : 0.945;
            p = Math.max(0.3, Math.min(0.99, p + trend + centreQuality.get(centre.unit().id())));
            int score = score(random.nextDouble() < p);

            boolean kiosk = centre.kioskId() != null && random.nextDouble() < 0.62;
            Instant submitted = moment(day);
            Instant received = submitted.plusMillis(150 + random.nextInt(kiosk ? 2400 : 900));
            if (kiosk && random.nextDouble() < 0.01) {
                received = received.plus(Duration.ofMinutes(5 + random.nextInt(90))); // the kiosk's outbox caught up
            }
            Map<String, Integer> answers = answers(score, kiosk, unhappyOfficer);
            List<Reason> reasons = score <= 3 ? reasons(weak, unhappyOfficer) : List.of();
            String comment = comment(score, reasons);
            String key = KEY_PREFIX + day + ":" + centre.unit().code() + ":" + index;
            return new HistoricRating(key, kiosk ? Channel.KIOSK : Channel.COUNTER, centre.unit().id(), score,
                    seat.counter().id(), seat.officerId(), procedure == null ? null : procedure.id(),
                    kiosk ? centre.kioskId() : null, reasons, comment, submitted, received, answers,
                    kiosk ? null : applicant(seat, procedure), answers.isEmpty() ? null : INSTRUMENT);
        }

        /** A paper survey form of the month: every criterion answered around the overall score, typed in later. */
        private HistoricRating form(LocalDate day, Centre centre, int index, double trend) {
            Seat seat = seat(centre);
            Procedure procedure = seat.procedures().isEmpty() ? null
                    : seat.procedures().get(random.nextInt(seat.procedures().size()));
            boolean weak = procedure != null && seat.weakProcedures().contains(procedure.id());
            double p = Math.max(0.3, Math.min(0.99, (weak ? 0.84 : 0.93) + trend + centreQuality.get(centre.unit().id())));
            int score = score(random.nextDouble() < p);
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (int c = 1; c <= 22; c++) {
                String criterion = String.format("S17-%02d", c);
                double value = score + FORM_LEAN.getOrDefault(criterion, 0.0) + random.nextGaussian() * 0.6;
                answers.put(criterion, (int) Math.max(1, Math.min(5, Math.round(value))));
            }
            Instant submitted = moment(day);
            String key = KEY_PREFIX + day + ":" + centre.unit().code() + ":form:" + index;
            return new HistoricRating(key, Channel.IMPORT, centre.unit().id(), score, seat.counter().id(), null,
                    procedure == null ? null : procedure.id(), null, List.of(), null, submitted,
                    submitted.plus(Duration.ofDays(3)), answers, applicant(seat, procedure), INSTRUMENT);
        }

        private ApplicantType applicant(Seat seat, Procedure procedure) {
            boolean business = procedure != null && seat.businessProcedures().contains(procedure.id());
            return random.nextDouble() < (business ? 0.85 : 0.06) ? ApplicantType.ORGANISATION : ApplicantType.INDIVIDUAL;
        }

        private Seat seat(Centre centre) {
            return RatingsDemoData.seat(centre, random);
        }

        private int score(boolean satisfied) {
            double u = random.nextDouble();
            if (satisfied) {
                return u < 0.62 ? 5 : 4;
            }
            return u < 0.5 ? 3 : u < 0.82 ? 2 : 1;
        }

        /** Mostly a morning peak around 9:30, a smaller one around 14:20; always inside 08:00–11:55, 13:05–16:55. */
        private Instant moment(LocalDate day) {
            boolean morning = random.nextDouble() < 0.63;
            double mean = morning ? 575 : 860;
            double sd = morning ? 50 : 45;
            int lo = morning ? 480 : 785;
            int hi = morning ? 715 : 1015;
            double minute;
            do {
                minute = mean + sd * random.nextGaussian();
            } while (minute < lo || minute >= hi);
            int seconds = (int) (minute * 60) + random.nextInt(60);
            return day.atTime(LocalTime.ofSecondOfDay(seconds)).plusNanos(random.nextInt(1000) * 1_000_000L)
                    .atZone(ClockFactory.VIETNAM).toInstant();
        }

        private Map<String, Integer> answers(int score, boolean kiosk, boolean unhappyOfficer) {
            List<String> asked;
            if (kiosk && random.nextDouble() < 0.22) {
                asked = KIOSK_CRITERIA.subList(0, 1 + random.nextInt(3));
            } else if (!kiosk && random.nextDouble() < 0.08) {
                asked = List.of(COUNTER_CRITERIA.get(random.nextInt(COUNTER_CRITERIA.size())));
            } else {
                return Map.of();
            }
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (String criterion : asked) {
                double u = random.nextDouble();
                int value = score + (u < 0.15 ? -1 : u < 0.8 ? 0 : 1);
                if (unhappyOfficer && criterion.equals("S17-10")) {
                    value = Math.min(value, score); // politeness is what these citizens hold against the officer
                }
                answers.put(criterion, Math.max(1, Math.min(5, value)));
            }
            return answers;
        }

        private List<Reason> reasons(boolean weak, boolean unhappyOfficer) {
            if (random.nextDouble() >= 0.75) {
                return List.of();
            }
            List<Reason> reasons = new ArrayList<>();
            int count = random.nextDouble() < 0.7 ? 1 : 2;
            for (int i = 0; i < count; i++) {
                Reason r = unhappyOfficer ? pick(Reason.ATTITUDE, 0.5, Reason.GUIDANCE, 0.25, Reason.WAITING, 0.15)
                        : weak ? pick(Reason.LATE, 0.35, Reason.GUIDANCE, 0.25, Reason.WAITING, 0.2)
                        : pick(Reason.WAITING, 0.32, Reason.GUIDANCE, 0.25, Reason.ATTITUDE, 0.12);
                if (!reasons.contains(r)) {
                    reasons.add(r);
                }
            }
            return reasons;
        }

        /** One of the three with the given probabilities, else FEES or OTHER. */
        private Reason pick(Reason a, double pa, Reason b, double pb, Reason c, double pc) {
            double u = random.nextDouble();
            if (u < pa) {
                return a;
            }
            if (u < pa + pb) {
                return b;
            }
            if (u < pa + pb + pc) {
                return c;
            }
            return random.nextBoolean() ? Reason.FEES : Reason.OTHER;
        }

        private String comment(int score, List<Reason> reasons) {
            if (score <= 3 && random.nextDouble() < 0.45) {
                List<String> options = COMMENTS.get(reasons.isEmpty() ? Reason.OTHER : reasons.get(0));
                return options.get(random.nextInt(options.size()));
            }
            if (score == 5 && random.nextDouble() < 0.03) {
                return THANKS.get(random.nextInt(THANKS.size()));
            }
            return null;
        }

        private static double weekday(DayOfWeek d) {
            return switch (d) {
                case MONDAY -> 1.22;
                case TUESDAY -> 1.12;
                case WEDNESDAY -> 1.0;
                case THURSDAY -> 0.96;
                case FRIDAY -> 0.86;
                default -> 0.75; // a làm bù Saturday
            };
        }

        /** January is the rush before Tết; the summer holidays are quieter. */
        private static double month(int m) {
            return switch (m) {
                case 1 -> 1.12;
                case 12 -> 1.05;
                case 7, 8 -> 0.92;
                default -> 1.0;
            };
        }
    }
}
