package vn.hailong.demo;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.access.users.User;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.calendar.Calendars;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.complaints.ComplaintHistory;
import vn.hailong.complaints.ComplaintHistory.HistoricAction;
import vn.hailong.complaints.ComplaintHistory.HistoricCase;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.EventActor;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.organisation.persistence.Procedures;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.time.ClockFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;

/**
 * A year of complaints for the demo province's service centres, ending now (from the injected clock), replayed
 * through the workflow's own rules ({@link ComplaintHistory}: every step passes the lifecycle, every clock counts on
 * the 2026 calendar) and written in bulk. What it gives:
 * <ul>
 *   <li>all four kinds (mostly phản ánh, then kiến nghị, some khiếu nại and a few tố cáo), every channel, about the
 *       centres' counters, officers and procedures, in plausible Vietnamese;</li>
 *   <li>most answered on time, some late, complex denunciations extended once or twice, some answers rated (mostly
 *       satisfied when on time) and some reopened; some requests for more information, a few of them twice;</li>
 *   <li>the recent weeks still in flight: received and not yet accepted, accepted, waiting for the citizen, and a
 *       few overdue now; at Phường Thuận Hóa most cases are assigned to {@link #HANDLER} (some left unassigned), so
 *       that the handler's queue and the manager's overdue list are not empty on first start.</li>
 * </ul>
 * Deterministic (seeded; the same clock gives the same cases) and idempotent: the keys start with
 * {@link #KEY_PREFIX}, and one probe tells whether the history is there.
 */
@Singleton
class ComplaintsDemoData implements DemoDataContributor {

    static final int ORDER = 300;
    static final String KEY_PREFIX = "demo-complaint:";
    static final String HANDLER = "xuly.thuanhoa";
    static final String MANAGER = "quanly.thuanhoa";
    static final String THUAN_HOA = "19789.TTPVHCC";

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintsDemoData.class);
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** Relative volume by centre (the city centre and the big central wards busier). */
    private static final Map<String, Double> CENTRE_WEIGHT = Map.of("46.TTPVHCC", 1.3, THUAN_HOA, 1.6,
            "19753.TTPVHCC", 1.2, "19815.TTPVHCC", 1.0, "20044.TTPVHCC", 0.5);
    private static final double PER_WORKING_DAY = 0.75;

    private static final List<String> PAKN = List.of(
            "Tôi đến %2$s từ 7 giờ 45 nhưng đến hơn 9 giờ vẫn chưa có cán bộ ngồi quầy tiếp nhận hồ sơ %3$s.",
            "Hồ sơ %3$s của tôi đã quá ngày hẹn trả kết quả một tuần mà chưa có, tôi cũng không nhận được phiếu xin lỗi và hẹn lại ngày trả.",
            "Cán bộ %4$s tại %2$s yêu cầu tôi nộp thêm giấy tờ không có trong thành phần hồ sơ đã niêm yết của thủ tục %3$s.",
            "Máy lấy số thứ tự ở %1$s bị hỏng cả buổi sáng, người dân phải tự xếp hàng, rất lộn xộn.",
            "Khu vực chờ của %1$s thiếu ghế ngồi, quạt không chạy; người cao tuổi phải đứng chờ gần một tiếng.",
            "Thái độ của cán bộ %4$s khi hướng dẫn thủ tục %3$s thiếu niềm nở, trả lời cộc lốc, tôi hỏi lại thì bị gắt.",
            "Tôi đã nộp hồ sơ %3$s trực tuyến trên Cổng dịch vụ công nhưng vẫn bị yêu cầu mang bản giấy đến nộp lại.",
            "Lệ phí thủ tục %3$s thu tại %2$s khác với mức công khai trên Cổng dịch vụ công, cán bộ không giải thích.",
            "Tôi phải đi lại ba lần mới nộp xong hồ sơ %3$s vì mỗi lần cán bộ hướng dẫn một kiểu.",
            "Bãi giữ xe của %1$s chật, không có mái che, trời mưa người dân phải đứng ngoài.",
            "Tôi đến %2$s lúc 16 giờ 20 nhưng cán bộ đã không nhận hồ sơ %3$s, nói hết giờ làm việc.",
            "Tổng đài hướng dẫn của %1$s gọi nhiều lần không ai nghe máy.");
    private static final List<String> KIEN_NGHI = List.of(
            "Kiến nghị %1$s mở quầy tiếp nhận vào sáng thứ Bảy để người đi làm có thể nộp hồ sơ.",
            "Kiến nghị bỏ yêu cầu nộp bản sao giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư khi làm thủ tục %3$s.",
            "Kiến nghị niêm yết mẫu tờ khai điền sẵn của thủ tục %3$s tại %2$s để người dân tham khảo.",
            "Kiến nghị bố trí thêm một cán bộ ở %2$s vào sáng thứ Hai, lúc đông nhất.",
            "Kiến nghị gửi tin nhắn báo khi hồ sơ %3$s có kết quả, để người dân không phải đến hỏi nhiều lần.");
    private static final List<String> KHIEU_NAI = List.of(
            "Tôi khiếu nại việc %1$s từ chối tiếp nhận hồ sơ %3$s của tôi mà không có văn bản nêu rõ lý do.",
            "Tôi khiếu nại việc trả lại hồ sơ %3$s lần thứ hai với lý do khác lần đầu, gây mất thời gian và chi phí đi lại.",
            "Tôi khiếu nại quyết định không giải quyết hồ sơ %3$s; hồ sơ của tôi đã đủ thành phần theo quy định.");
    private static final List<String> TO_CAO = List.of(
            "Tôi tố cáo cán bộ %4$s tại %2$s gợi ý người dân nộp thêm tiền \"bồi dưỡng\" để hồ sơ %3$s được giải quyết nhanh.",
            "Tôi tố cáo việc có người nhận hồ sơ %3$s bên ngoài bộ phận một cửa và hẹn trả kết quả riêng, thu tiền không có biên lai.",
            "Tôi tố cáo cán bộ %4$s cố ý để hồ sơ %3$s quá hạn để gây khó khăn cho người dân.");
    private static final List<String> ANSWERS = List.of(
            "Trung tâm đã kiểm tra, nội dung phản ánh là đúng. Đã nhắc nhở cán bộ liên quan và bố trí thêm người trực quầy vào giờ cao điểm. Xin cảm ơn ông/bà đã phản ánh.",
            "Hồ sơ của ông/bà đã được giải quyết xong, kết quả đã chuyển về quầy trả kết quả. Trung tâm xin lỗi vì sự chậm trễ và đã chấn chỉnh quy trình theo dõi hạn trả.",
            "Qua kiểm tra, thành phần hồ sơ yêu cầu bổ sung là không đúng quy định. Trung tâm đã hướng dẫn lại cán bộ và liên hệ ông/bà để tiếp nhận hồ sơ.",
            "Thiết bị lấy số đã được sửa chữa và đưa vào hoạt động trở lại. Trung tâm bổ sung ghế ngồi và quạt tại khu vực chờ.",
            "Trung tâm ghi nhận kiến nghị và đã báo cáo lãnh đạo; từ tháng tới sẽ thí điểm tiếp nhận hồ sơ sáng thứ Bảy.",
            "Mức lệ phí đã được đối chiếu với quy định hiện hành; khoản thu chênh lệch đã được hoàn trả cho ông/bà.");
    private static final List<String> FINDINGS = List.of(
            "Kết quả xác minh: nội dung tố cáo đúng một phần. Đã kiến nghị xử lý trách nhiệm cán bộ theo quy định và thông báo kết quả cho người tố cáo.",
            "Kết quả xác minh: chưa có căn cứ kết luận nội dung tố cáo là đúng. Cơ quan tiếp tục theo dõi và chấn chỉnh việc tiếp nhận hồ sơ.",
            "Quyết định giải quyết khiếu nại: công nhận nội dung khiếu nại là đúng; yêu cầu tiếp nhận lại hồ sơ và giải quyết trong thời hạn quy định.",
            "Quyết định giải quyết khiếu nại: việc trả lại hồ sơ là đúng quy định; hướng dẫn ông/bà bổ sung giấy tờ còn thiếu.");
    private static final List<String> INFO_REQUESTS = List.of(
            "Đề nghị ông/bà cung cấp số biên nhận và ngày nộp hồ sơ để kiểm tra.",
            "Đề nghị ông/bà cho biết thời gian cụ thể và số quầy đã đến.",
            "Đề nghị ông/bà gửi bản chụp giấy hẹn trả kết quả.");
    private static final List<String> REJECTIONS = List.of(
            "Nội dung không thuộc thẩm quyền giải quyết của Trung tâm; đã hướng dẫn ông/bà gửi đến cơ quan có thẩm quyền.",
            "Nội dung trùng với phản ánh đã được trả lời trước đó.");
    private static final List<String> UNHAPPY = List.of("Trả lời chung chung, chưa giải quyết được việc của tôi.",
            "Đến nay quầy vẫn như cũ, chưa thấy thay đổi.", "Trả lời quá chậm.");
    private static final List<String> HAPPY = List.of("Cảm ơn Trung tâm đã xử lý nhanh.",
            "Đã được giải quyết, cán bộ liên hệ lại rất chu đáo.");
    private static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường",
            "Phạm Thị Dung", "Hoàng Văn Đức", "Võ Thị Hạnh", "Đặng Văn Khoa", "Bùi Thị Lan", "Ngô Văn Minh",
            "Huỳnh Thị Ngọc");

    private final Directory directory;
    private final Procedures procedures;
    private final Calendars calendars;
    private final ComplaintHistory history;
    private final Users users;
    private final ComplaintsDemoSettings settings;

    ComplaintsDemoData(Directory directory, Procedures procedures, Calendars calendars, ComplaintHistory history,
                       Users users, ComplaintsDemoSettings settings) {
        this.directory = directory;
        this.procedures = procedures;
        this.calendars = calendars;
        this.history = history;
        this.users = users;
        this.settings = settings;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public String name() {
        return "a year of complaints";
    }

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
        Instant now = context.clock().instant();
        LocalDate today = now.atZone(ClockFactory.VIETNAM).toLocalDate();
        return generate(context, today.minusDays(settings.getDays() - 1L), now, settings.getScale()).toString();
    }

    /** What one load did. */
    record Outcome(long cases, long events, LocalDate from, Instant now, long millis) {
        @Override
        public String toString() {
            return cases + " complaints with " + events + " events from " + from + " to now in " + millis + " ms";
        }
    }

    /** Generates and stores the complaints received from {@code from} (a local date) up to {@code now}. */
    Outcome generate(DemoContext context, LocalDate from, Instant now, double scale) {
        long start = System.nanoTime();
        LocalDate today = now.atZone(ClockFactory.VIETNAM).toLocalDate();
        WorkingCalendar calendar = calendars.between(null, from.minusDays(1), today.plusDays(400));
        List<Centre> centres = centres(context.province());
        Staff staff = new Staff(users.findByUsername(HANDLER).orElse(null), users.findByUsername(MANAGER).orElse(null));
        Random random = context.random("complaints");
        List<HistoricCase> cases = new ArrayList<>();
        int index = 0;
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            boolean working = calendar.isWorkingDay(day);
            for (Centre centre : centres) {
                double mean = (working ? PER_WORKING_DAY : 0.12) * centre.weight() * scale;
                int n = (int) Math.floor(mean * 2 * random.nextDouble() + random.nextDouble());
                for (int i = 0; i < n; i++) {
                    HistoricCase c = new Plan(random, calendar, centre, staff, now).build(day, working, index++,
                            KEY_PREFIX + day + ":" + centre.unit().code() + ":" + i);
                    if (c != null) {
                        cases.add(c);
                    }
                }
            }
        }
        cases.sort(Comparator.comparing(HistoricCase::receivedAt));
        long[] stored = history.append(cases);
        Outcome outcome = new Outcome(stored[0], stored[1], from, now, (System.nanoTime() - start) / 1_000_000);
        LOG.info("Demo complaints: {} ({} centres)", outcome, centres.size());
        return outcome;
    }

    // ---- the directory as the generator sees it ----

    record Seat(Counter counter, Officer officer) {
    }

    record Centre(Unit unit, List<Seat> seats, List<Procedure> procedures, double weight) {
    }

    record Staff(User handler, User manager) {
    }

    private List<Centre> centres(Unit province) {
        List<Procedure> all = procedures.findAll().stream().filter(Procedure::active)
                .sorted(Comparator.comparing(Procedure::code)).toList();
        List<Unit> units = new ArrayList<>();
        for (Unit child : directory.children(province.id())) {
            if (child.type() == UnitType.SERVICE_CENTRE_PROVINCE) {
                units.add(child);
            } else if (child.type() == UnitType.WARD || child.type() == UnitType.COMMUNE) {
                directory.children(child.id()).stream()
                        .filter(u -> u.type() == UnitType.SERVICE_CENTRE_COMMUNE).forEach(units::add);
            }
        }
        units.removeIf(u -> !(u.code().startsWith(DirectoryDemoData.PROVINCE_CODE + ".") || u.code().matches("\\d{5}\\.TTPVHCC")));
        units.sort(Comparator.comparing(Unit::code));
        List<Centre> centres = new ArrayList<>();
        for (Unit unit : units) {
            List<Officer> officers = directory.officersOf(unit.id()).stream()
                    .filter(o -> o.active() && o.counterId() != null).sorted(Comparator.comparing(Officer::code)).toList();
            List<Seat> seats = new ArrayList<>();
            for (Counter c : directory.countersOf(unit.id()).stream().filter(Counter::active)
                    .sorted(Comparator.comparing(Counter::code)).toList()) {
                officers.stream().filter(o -> o.counterId().equals(c.id())).findFirst()
                        .ifPresent(o -> seats.add(new Seat(c, o)));
            }
            if (!seats.isEmpty() && !all.isEmpty()) {
                centres.add(new Centre(unit, List.copyOf(seats), all, CENTRE_WEIGHT.getOrDefault(unit.code(), 0.8)));
            }
        }
        return centres;
    }

    // ---- one case: what the citizen sent and what happened to it, cut at now ----

    private static final class Plan {
        private final Random random;
        private final WorkingCalendar calendar;
        private final Centre centre;
        private final Staff staff;
        private final Instant now;
        private final List<HistoricAction> actions = new ArrayList<>();
        private Instant t;

        Plan(Random random, WorkingCalendar calendar, Centre centre, Staff staff, Instant now) {
            this.random = random;
            this.calendar = calendar;
            this.centre = centre;
            this.staff = staff;
            this.now = now;
        }

        HistoricCase build(LocalDate day, boolean working, int index, String key) {
            double k = random.nextDouble();
            ComplaintKind kind = k < 0.62 ? ComplaintKind.PHAN_ANH : k < 0.82 ? ComplaintKind.KIEN_NGHI
                    : k < 0.94 ? ComplaintKind.KHIEU_NAI : ComplaintKind.TO_CAO;
            Integer instance = kind == ComplaintKind.KHIEU_NAI ? (random.nextDouble() < 0.15 ? 2 : 1) : null;
            boolean pakn = kind == ComplaintKind.PHAN_ANH || kind == ComplaintKind.KIEN_NGHI;
            Urgency urgency = pakn && random.nextDouble() < 0.06 ? Urgency.KHAN : Urgency.BINH_THUONG;
            String channel = working ? channel(kind) : (random.nextDouble() < 0.8 ? "WEB" : "EMAIL");
            Instant received = working && !channel.equals("WEB") && !channel.equals("EMAIL") && !channel.equals("SMS")
                    ? officeMoment(day) : anyMoment(day);
            if (received.isAfter(now)) {
                return null;
            }
            Seat seat = centre.seats().get(random.nextInt(centre.seats().size()));
            Procedure procedure = centre.procedures().get(random.nextInt(centre.procedures().size()));
            List<String> texts = switch (kind) {
                case PHAN_ANH -> PAKN;
                case KIEN_NGHI -> KIEN_NGHI;
                case KHIEU_NAI -> KHIEU_NAI;
                case TO_CAO -> TO_CAO;
            };
            String text = String.format(texts.get(random.nextInt(texts.size())), centre.unit().name(),
                    seat.counter().name(), procedure.name(), seat.officer().fullName());
            boolean aboutOfficer = text.contains(seat.officer().fullName());
            PhoneNumber phone = random.nextDouble() < 0.75 ? phone() : null;
            String name = kind == ComplaintKind.KHIEU_NAI || kind == ComplaintKind.TO_CAO || random.nextDouble() < 0.3
                    ? NAMES.get(random.nextInt(NAMES.size())) : null;
            boolean thuanHoa = centre.unit().code().equals(THUAN_HOA) && staff.handler() != null && staff.manager() != null;
            boolean assigned = thuanHoa && random.nextDouble() < 0.88;
            EventActor handler = thuanHoa ? user(assigned ? staff.handler() : staff.manager())
                    : new EventActor(EventActor.Kind.USER, null, centre.seats().get(0).officer().fullName());
            EventActor filedBy = switch (channel) {
                case "COUNTER", "PHONE", "PAPER", "RECEPTION" -> new EventActor(EventActor.Kind.USER, null, seat.officer().fullName());
                default -> EventActor.citizen();
            };
            t = received;
            plan(kind, instance, pakn, urgency, received, handler, assigned ? staff.handler().id() : null);
            return new HistoricCase(key, code(kind, received, index), kind, instance, urgency, channel,
                    centre.unit().id(), centre.unit().id(), null, null, procedure.sectorId(),
                    aboutOfficer ? seat.officer().id() : null, seat.counter().id(), procedure.id(), text, phone, name,
                    received, filedBy, List.copyOf(actions));
        }

        /** The life of the case as it would go; {@link #add} drops everything from the first step after now. */
        private void plan(ComplaintKind kind, Integer instance, boolean pakn, Urgency urgency, Instant received, EventActor handler,
                          Long assignee) {
            boolean khan = urgency == Urgency.KHAN;
            if (Duration.between(received, now).toDays() < 12 && random.nextDouble() < 0.2) {
                return; // not yet taken up: in the queue to accept, and overdue once its two working days pass
            }
            // acceptance (thụ lý): PAKN within 2 working days (a few late), complaints and denunciations within a week
            int acceptDays = khan ? 0 : pakn ? (random.nextDouble() < 0.07 ? 3 + random.nextInt(2) : random.nextInt(3))
                    : 1 + random.nextInt(6);
            Instant accepted = khan ? received.plus(Duration.ofMinutes(30 + random.nextInt(150)))
                    : workingDaysAfter(received, acceptDays);
            if (assignee != null && !add(accepted.minus(Duration.ofMinutes(5)), handler, CaseCommand.assign(assignee, null))) {
                return;
            }
            if (pakn && random.nextDouble() < 0.04) {
                add(accepted, handler, CaseCommand.of(CaseAction.REJECT, pick(REJECTIONS)));
                return;
            }
            Urgency decided = null;
            int extensions = 0;
            if (kind == ComplaintKind.KHIEU_NAI && random.nextDouble() < 0.2) {
                decided = Urgency.PHUC_TAP;
            } else if (kind == ComplaintKind.TO_CAO) {
                double u = random.nextDouble();
                decided = u < 0.15 ? Urgency.DAC_BIET_PHUC_TAP : u < 0.6 ? Urgency.PHUC_TAP : null;
                extensions = decided == Urgency.DAC_BIET_PHUC_TAP ? (random.nextDouble() < 0.5 ? 2 : 1)
                        : decided == Urgency.PHUC_TAP && random.nextDouble() < 0.6 ? 1 : 0;
            }
            if (!add(accepted, handler, CaseCommand.accept(decided, null))) {
                return;
            }
            // requests for more information: one for some, two for a few (late by the QĐ 766 rule), and a few citizens never answer
            int requests = random.nextDouble() < 0.15 ? (random.nextDouble() < 0.2 ? 2 : 1) : 0;
            for (int r = 0; r < requests; r++) {
                if (!add(workingDaysAfter(t, 1 + random.nextInt(3)), handler, CaseCommand.of(CaseAction.REQUEST_INFO, pick(INFO_REQUESTS)))) {
                    return;
                }
                if (random.nextDouble() < 0.08) {
                    add(workingDaysAfter(t, 15), handler, CaseCommand.of(CaseAction.REJECT,
                            "Quá thời hạn bổ sung, công dân không cung cấp thông tin đã yêu cầu."));
                    return;
                }
                if (!add(workingDaysAfter(t, 1 + random.nextInt(5)), handler, CaseCommand.of(CaseAction.RESUME, null))) {
                    return;
                }
            }
            double fate = random.nextDouble();
            boolean late = fate < 0.12;
            boolean stuck = fate > (centre.unit().code().equals(THUAN_HOA) ? 0.85 : 0.94) && Duration.between(received, now).toDays() < 75;
            Instant answerAt;
            if (pakn) {
                int base = khan ? 0 : 15;
                int offset = late ? base + 2 + random.nextInt(9) : khan ? 0 : 3 + random.nextInt(11);
                answerAt = khan && !late ? t.plus(Duration.ofMinutes(60 + random.nextInt(180)))
                        : workingDaysAfter(accepted, Math.max(0, offset - acceptDays));
            } else {
                boolean second = instance != null && instance == 2;
                int due = kind == ComplaintKind.TO_CAO ? 30
                        : decided == Urgency.PHUC_TAP ? (second ? 60 : 45) : (second ? 45 : 30);
                for (int e = 0; e < extensions; e++) {
                    if (!add(officeOf(accepted.plus(Duration.ofDays(due - 4 - random.nextInt(3)))), handler,
                            CaseCommand.of(CaseAction.EXTEND, e == 0 ? "Phải xác minh tại nhiều địa điểm, vụ việc phức tạp."
                                    : "Cần thêm thời gian làm việc với các cơ quan liên quan."))) {
                        return;
                    }
                    due += 30;
                }
                int days = late ? due + 2 + random.nextInt(10) : 10 + random.nextInt(Math.max(1, due - 13));
                answerAt = officeOf(accepted.plus(Duration.ofDays(days)));
            }
            if (stuck) {
                // nobody answered: open and, once its due time passes, overdue (the busiest ward runs behind most)
                return;
            }
            if (!add(answerAt, handler, CaseCommand.answer(pakn ? pick(ANSWERS) : pick(FINDINGS), null))) {
                return;
            }
            afterAnswer(late, handler, true);
        }

        /** The citizen rates, maybe reopens (then a second answer), and the handler closes. */
        private void afterAnswer(boolean late, EventActor handler, boolean firstAnswer) {
            Instant answered = t;
            boolean rated = random.nextDouble() < 0.4;
            boolean satisfied = random.nextDouble() < (late ? 0.45 : 0.86);
            if (rated && !add(answered.plus(Duration.ofHours(2 + random.nextInt(96))), EventActor.citizen(),
                    CaseCommand.rate(satisfied ? CaseCommand.Verdict.SATISFIED : CaseCommand.Verdict.UNSATISFIED,
                            random.nextDouble() < 0.5 ? pick(satisfied ? HAPPY : UNHAPPY) : null))) {
                return;
            }
            boolean reopen = firstAnswer && random.nextDouble() < (rated && !satisfied ? 0.4 : 0.04);
            if (reopen) {
                if (!add(t.plus(Duration.ofHours(3 + random.nextInt(24 * 8))), EventActor.citizen(),
                        CaseCommand.of(CaseAction.REOPEN, pick(UNHAPPY)))) {
                    return;
                }
                if (!add(workingDaysAfter(t, 2 + random.nextInt(8)), handler, CaseCommand.answer(pick(ANSWERS), null))) {
                    return;
                }
                afterAnswer(false, handler, false);
                return;
            }
            if (random.nextDouble() < 0.65) {
                add(officeOf(t.plus(Duration.ofDays(12 + random.nextInt(14)))), handler, CaseCommand.of(CaseAction.CLOSE, null));
            }
        }

        /** Adds a step unless it lies after now (then the case stands where it is); keeps the steps in time order. */
        private boolean add(Instant at, EventActor by, CaseCommand command) {
            Instant when = at.isAfter(t) ? at : t.plusSeconds(60);
            if (when.isAfter(now)) {
                return false;
            }
            actions.add(new HistoricAction(when, by, command));
            t = when;
            return true;
        }

        private String channel(ComplaintKind kind) {
            double u = random.nextDouble();
            if (kind == ComplaintKind.KHIEU_NAI || kind == ComplaintKind.TO_CAO) {
                return u < 0.45 ? "PAPER" : u < 0.75 ? "WEB" : u < 0.9 ? "RECEPTION" : "EMAIL";
            }
            return u < 0.33 ? "WEB" : u < 0.58 ? "KIOSK" : u < 0.73 ? "COUNTER" : u < 0.85 ? "PHONE"
                    : u < 0.91 ? "SMS" : u < 0.96 ? "EMAIL" : "PAPER";
        }

        private String pick(List<String> options) {
            return options.get(random.nextInt(options.size()));
        }

        private PhoneNumber phone() {
            String prefix = List.of("090", "091", "093", "094", "097", "098", "083", "077").get(random.nextInt(8));
            return PhoneNumber.parse(prefix + String.format("%07d", random.nextInt(10_000_000)));
        }

        private static EventActor user(User u) {
            return new EventActor(EventActor.Kind.USER, u.id(), u.username());
        }

        /** A moment inside office hours of the day (morning busier). */
        private Instant officeMoment(LocalDate day) {
            boolean morning = random.nextDouble() < 0.62;
            int minute = morning ? 480 + random.nextInt(225) : 785 + random.nextInt(230);
            return day.atTime(LocalTime.ofSecondOfDay(minute * 60L + random.nextInt(60))).atZone(ClockFactory.VIETNAM).toInstant();
        }

        /** A moment of the web's day: mostly daytime, some evenings. */
        private Instant anyMoment(LocalDate day) {
            int minute = 6 * 60 + random.nextInt(17 * 60);
            return day.atTime(LocalTime.ofSecondOfDay(minute * 60L + random.nextInt(60))).atZone(ClockFactory.VIETNAM).toInstant();
        }

        /** An office moment {@code n} working days after {@code from} (0: later the same working day, or the next). */
        private Instant workingDaysAfter(Instant from, int n) {
            LocalDate day = from.atZone(ClockFactory.VIETNAM).toLocalDate();
            int left = n;
            while (left > 0 || !calendar.isWorkingDay(day)) {
                day = day.plusDays(1);
                if (calendar.isWorkingDay(day)) {
                    left--;
                }
            }
            Instant at = officeMoment(day);
            return at.isAfter(from) ? at : from.plus(Duration.ofMinutes(20 + random.nextInt(90)));
        }

        /** The same moment if it falls on a working day, else an office moment of the next working day. */
        private Instant officeOf(Instant at) {
            LocalDate day = at.atZone(ClockFactory.VIETNAM).toLocalDate();
            if (calendar.isWorkingDay(day)) {
                return officeMoment(day);
            }
            return workingDaysAfter(at, 0);
        }

        /** A tracking code of six characters (the live ones have five, so they never meet), unique per index. */
        private static String code(ComplaintKind kind, Instant received, int index) {
            long n = (index * 0x2F0B3A5L + 0x5A5A5L) & ((1L << 30) - 1);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                sb.append(ALPHABET.charAt((int) (n & 31)));
                n >>= 5;
            }
            return kind.prefix() + "-" + received.atZone(ClockFactory.VIETNAM).getYear() + "-" + sb;
        }
    }
}
