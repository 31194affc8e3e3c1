package vn.hailong.demo;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.calendar.Calendars;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.DossierFeed;
import vn.hailong.dossiers.DossierHistory;
import vn.hailong.dossiers.DossierSubmission;
import vn.hailong.dossiers.apology.Apology;
import vn.hailong.dossiers.apology.ApologyHistory;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.HistoricRating;
import vn.hailong.feedback.RatingHistory;
import vn.hailong.feedback.Reason;
import vn.hailong.invitations.Invitation;
import vn.hailong.invitations.InvitationHistory;
import vn.hailong.invitations.InvitationTokens;
import vn.hailong.organisation.Procedure;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.sms.SmsHistory;
import vn.hailong.sms.SmsPurpose;
import vn.hailong.sms.SmsTemplates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A year of dossiers (hồ sơ) of the demo's service centres, ending now, as the one-stop software would have fed them,
 * with what HaiLong did about them: the rating invitation sent by SMS when a dossier was returned to a citizen with a
 * phone, the citizens' answers (by SMS reply or through the link), and the apologies (phiếu xin lỗi) of late ones.
 * Believable patterns:
 * <ul>
 *   <li>on working days, in office hours; about 70 % as many dossiers as the centre has kiosk and counter ratings;</li>
 *   <li>the appointment is the procedure's legal processing time in working days after receipt (end of office
 *       hours); about 4 % run late, 12 % in land and construction; of those, most get an apology in time, some a
 *       late one, some none (and are finished after the appointment);</li>
 *   <li>results collected on the day they are ready or a few working days later; 88 % of citizens left a phone;</li>
 *   <li>about 24 % answer the SMS invitation (a digit, sometimes a few words), 6 % rate through the link; late
 *       dossiers without an apology are rated much worse;</li>
 *   <li>cut at the present moment: what lies in the future has not happened yet, so recent dossiers are still being
 *       processed and some are at risk of being late today, waiting for their apology on the late-dossier list.</li>
 * </ul>
 * Deterministic (seeded, from the injected clock) and idempotent (codes start with {@link #CODE_PREFIX}).
 */
@Singleton
class DossiersDemoData implements DemoDataContributor {

    static final int ORDER = 400;
    /** Huế's code on the national public-service portal, as in the one-stop software's dossier codes. */
    static final String CODE_PREFIX = "H57.";
    static final String RATING_KEY_PREFIX = "demo-dossier-rating:";
    /** The SMS and link ratings take their own range of key sequences beside the kiosk and counter ratings. */
    private static final int RATING_SEQUENCE = 2048;
    private static final double DOSSIERS_PER_RATING = 0.7;
    private static final int LIVE_DOSSIERS = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Logger LOG = LoggerFactory.getLogger(DossiersDemoData.class);

    private static final List<String> PREFIXES = List.of("090", "091", "093", "094", "096", "097", "098", "032", "033",
            "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083", "084",
            "085", "086", "088", "089");
    private static final List<String> APOLOGY_REASONS = List.of(
            "Hồ sơ cần xác minh thêm nguồn gốc sử dụng đất tại thực địa.",
            "Đang chờ ý kiến phối hợp của cơ quan thuế về nghĩa vụ tài chính.",
            "Cần lấy ý kiến của các hộ liền kề về ranh giới thửa đất.",
            "Phần mềm một cửa gặp sự cố kỹ thuật trong hai ngày làm việc.",
            "Cán bộ thụ lý đi công tác đột xuất; đã phân công người thay thế.",
            "Chờ cơ quan cấp trên có ý kiến về hồ sơ có nội dung phức tạp.");
    private static final List<String> SIGNERS = List.of("Nguyễn Thị Minh Hằng", "Trần Văn Quang", "Lê Thị Thu Hà",
            "Phan Văn Dũng", "Hoàng Thị Kim Oanh");
    private static final List<String> SMS_PRAISE = List.of("rat hai long", "can bo nhiet tinh", "tra ket qua dung hen",
            "nhanh gon, cam on", "huong dan de hieu");
    private static final List<String> SMS_COMPLAINTS = List.of("cham hen may ngay", "phai di lai nhieu lan",
            "khong duoc bao truoc khi tre hen", "cho lau qua");
    private static final List<String> WEB_COMMENTS = List.of("Hồ sơ trả đúng hẹn, cán bộ hướng dẫn tận tình.",
            "Được báo trước khi trễ hẹn nên tôi không phải đi lại.", "Trễ hẹn mà không ai báo, phải đến hỏi mới biết.",
            "Nên nhắn tin khi hồ sơ có kết quả sớm hơn.");

    private final RatingsDemoData ratingsDemo;
    private final Calendars calendars;
    private final DossierHistory dossiers;
    private final ApologyHistory apologies;
    private final InvitationHistory invitations;
    private final SmsHistory messages;
    private final SmsTemplates templates;
    private final RatingHistory ratings;
    private final DossierFeed feed;
    private final DossiersDemoSettings settings;

    DossiersDemoData(RatingsDemoData ratingsDemo, Calendars calendars, DossierHistory dossiers,
                     ApologyHistory apologies, InvitationHistory invitations, SmsHistory messages,
                     SmsTemplates templates, RatingHistory ratings, DossierFeed feed,
                     DossiersDemoSettings settings) {
        this.feed = feed;
        this.ratingsDemo = ratingsDemo;
        this.calendars = calendars;
        this.dossiers = dossiers;
        this.apologies = apologies;
        this.invitations = invitations;
        this.messages = messages;
        this.templates = templates;
        this.ratings = ratings;
        this.settings = settings;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public String name() {
        return "a year of dossiers, invitations and SMS ratings";
    }

    @Override
    public boolean deferrable() {
        return settings.isBackground();
    }

    @Override
    public String contribute(DemoContext context) {
        var skip = settings.reasonToSkip(context, () -> dossiers.exists(CODE_PREFIX));
        if (skip.isPresent()) {
            return skip.get();
        }
        Instant now = context.clock().instant();
        LocalDate today = now.atZone(ClockFactory.VIETNAM).toLocalDate();
        return generate(context, today.minusDays(settings.getDays() - 1L), now, settings.getScale()).toString();
    }

    record Outcome(long dossiers, long open, long apologies, long invitations, long ratings, int live, long millis) {
        @Override
        public String toString() {
            return dossiers + " dossiers (" + open + " still open), " + apologies + " apologies, " + invitations
                    + " SMS invitations, " + ratings + " SMS and link ratings, " + live + " dossiers returned just now"
                    + " through the feed, in " + millis + " ms";
        }
    }

    /**
     * A few dossiers of Phường Thuận Hóa (the demo staff's centre) returned a few minutes ago, reported through the
     * feed like the one-stop software would: their invitations are queued now, and the local fake Twilio shows them
     * going out (within the send window).
     */
    private int live(DemoContext context, Instant now, Random random) {
        var centre = ratingsDemo.centres(context.province()).stream()
                .filter(c -> c.unit().code().equals(ComplaintsDemoData.THUAN_HOA)).findFirst().orElse(null);
        if (centre == null) {
            return 0;
        }
        LocalDate today = now.atZone(ClockFactory.VIETNAM).toLocalDate();
        int fed = 0;
        for (RatingsDemoData.Seat seat : centre.seats()) {
            if (seat.procedures().isEmpty() || fed == LIVE_DOSSIERS) {
                continue;
            }
            Procedure procedure = seat.procedures().get(random.nextInt(seat.procedures().size()));
            Instant returned = now.minus(Duration.ofMinutes(5L + fed * 7L));
            Instant received = returned.minus(Duration.ofDays(3));
            String code = CODE_PREFIX + "19789-" + DAY.format(today) + "-" + String.format("%04d", 9001 + fed);
            String phone = phone(random).e164();
            feed.report(context.actor(), code, new DossierSubmission(procedure.code(), centre.unit().code(),
                    seat.officerCode(), seat.counter().code(), phone, offset(received), offset(received.plus(Duration.ofDays(5))),
                    offset(returned.minus(Duration.ofHours(20))), offset(returned), "TRUC_TIEP"));
            fed++;
        }
        return fed;
    }

    /** A random mobile number of the carriers' prefixes that libphonenumber knows as mobile (a few ranges are not). */
    static PhoneNumber phone(Random random) {
        while (true) {
            try {
                return PhoneNumber.parse(PREFIXES.get(random.nextInt(PREFIXES.size()))
                        + String.format("%07d", random.nextInt(10_000_000)));
            } catch (vn.hailong.shared.phone.InvalidPhoneNumber e) {
                // a range not in service: draw again
            }
        }
    }

    private static java.time.OffsetDateTime offset(Instant at) {
        return at.atZone(ClockFactory.VIETNAM).toOffsetDateTime();
    }

    Outcome generate(DemoContext context, LocalDate from, Instant now, double scale) {
        long start = System.nanoTime();
        LocalDate today = now.atZone(ClockFactory.VIETNAM).toLocalDate();
        WorkingCalendar calendar = calendars.between(null, from.minusDays(10), today.plusDays(120));
        Story story = new Story(context.random("dossiers"), calendar, now);
        for (RatingsDemoData.Centre centre : ratingsDemo.centres(context.province())) {
            for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
                if (!calendar.isWorkingDay(day)) {
                    continue;
                }
                double mean = centre.size() * DOSSIERS_PER_RATING * scale * (day.getDayOfWeek().getValue() <= 2 ? 1.15 : 1);
                int n = (int) Math.round(Math.max(0, mean + Math.sqrt(mean) * story.random.nextGaussian()));
                for (int i = 1; i <= n; i++) {
                    story.dossier(centre, day, i);
                }
            }
        }
        story.dossiers.sort(Comparator.comparing(Dossier::receivedAt));
        dossiers.append(story.dossiers.iterator());
        apologies.append(story.apologies);
        invitations.append(story.invitations);
        messages.append(story.messages);
        story.ratings.sort(Comparator.comparing(HistoricRating::submittedAt));
        ratings.append(story.ratings.iterator(), RATING_SEQUENCE);
        int live = live(context, now, story.random);
        long open = story.dossiers.stream().filter(d -> d.finishedAt() == null).count();
        Outcome outcome = new Outcome(story.dossiers.size(), open, story.apologies.size(), story.invitations.size(),
                story.ratings.size(), live, (System.nanoTime() - start) / 1_000_000);
        LOG.info("Demo dossiers: {}", outcome);
        return outcome;
    }

    /** One dossier's life at a time, cut at {@code now}. */
    private final class Story {

        final Random random;
        final WorkingCalendar calendar;
        final Instant now;
        final List<Dossier> dossiers = new ArrayList<>();
        final List<Apology> apologies = new ArrayList<>();
        final List<InvitationHistory.Sent> invitations = new ArrayList<>();
        final List<SmsHistory.Delivered> messages = new ArrayList<>();
        final List<HistoricRating> ratings = new ArrayList<>();
        private final java.util.function.Function<Map<String, String>, String> invitationText =
                templates.renderer(SmsPurpose.INVITATION);
        private final java.util.function.Function<Map<String, String>, String> apologyText =
                templates.renderer(SmsPurpose.APOLOGY);
        private final InvitationTokens tokens;
        private final Set<Long> usedIds = new HashSet<>();
        private final Set<Long> usedRatingMillis = new HashSet<>();

        Story(Random random, WorkingCalendar calendar, Instant now) {
            this.random = random;
            this.tokens = new InvitationTokens(random);
            this.calendar = calendar;
            this.now = now;
        }

        void dossier(RatingsDemoData.Centre centre, LocalDate day, int index) {
            RatingsDemoData.Seat seat = RatingsDemoData.seat(centre, random);
            if (seat.procedures().isEmpty()) {
                return;
            }
            Procedure procedure = seat.procedures().get(random.nextInt(seat.procedures().size()));
            Instant received = officeMoment(day, 0);
            if (received.isAfter(now)) {
                return;
            }
            int days = procedure.processingDays() == null ? 5 : Math.max(0, procedure.processingDays());
            LocalDate appointmentDay = calendar.plusWorkingDays(day, days);
            Instant appointment = closeOf(appointmentDay);
            boolean weak = seat.weakProcedures().contains(procedure.id());
            // a dossier of one day or less is either on time or simply late: an apology needs a working day's notice
            boolean late = days >= 2 && random.nextDouble() < (weak ? 0.12 : 0.04);
            String code = CODE_PREFIX + centre.unit().code().replace(".TTPVHCC", "") + "-" + DAY.format(day) + "-"
                    + String.format("%04d", index);
            long id = id(received);
            PhoneNumber phone = random.nextDouble() < 0.88 ? phone() : null;

            Instant finished;
            Instant currentAppointment = appointment;
            Instant originalAppointment = null;
            Apology apology = null;
            int lateKind = 0; // 0 on time, 1 apology in time, 2 apology late, 3 no apology
            if (!late) {
                LocalDate finishDay = calendar.plusWorkingDays(day, days == 0 ? 0 : random.nextInt(days + 1));
                finished = later(officeMoment(finishDay, 0), received);
                if (finished.isAfter(appointment)) {
                    finished = appointment.minus(Duration.ofMinutes(20 + random.nextInt(200)));
                }
            } else {
                double u = random.nextDouble();
                lateKind = u < 0.7 ? 1 : u < 0.85 ? 2 : 3;
                if (lateKind == 3) {
                    finished = officeMoment(calendar.plusWorkingDays(appointmentDay, 1 + random.nextInt(5)), 0);
                } else {
                    LocalDate dueDay = previousWorkingDay(appointmentDay);
                    Instant due = closeOf(dueDay);
                    Instant issued = lateKind == 1
                            ? later(officeMoment(previousWorkingDay(dueDay), 0), received)
                            : officeMoment(appointmentDay, 0);
                    if (lateKind == 1 && issued.isAfter(due)) {
                        issued = due.minus(Duration.ofHours(2));
                    }
                    LocalDate newDay = calendar.plusWorkingDays(appointmentDay, 3 + random.nextInt(5));
                    Instant newAppointment = closeOf(newDay);
                    if (!issued.isAfter(now)) {
                        apology = new Apology(id(issued), id, centre.unit().id(), pick(APOLOGY_REASONS), appointment,
                                newAppointment, due, issued, lateKind == 2, pick(SIGNERS),
                                random.nextBoolean() ? "Giám đốc" : "Phó Giám đốc", centre.unit().name(), "demo");
                        originalAppointment = appointment;
                        currentAppointment = newAppointment;
                    }
                    LocalDate finishDay = calendar.plusWorkingDays(appointmentDay, 1 + random.nextInt(3));
                    finished = officeMoment(random.nextDouble() < 0.9 ? finishDay
                            : calendar.plusWorkingDays(newDay, 1), 0);
                }
            }
            Instant returned = finished;
            double collect = random.nextDouble();
            if (collect >= 0.55) {
                LocalDate readyDay = finished.atZone(ClockFactory.VIETNAM).toLocalDate();
                returned = officeMoment(calendar.plusWorkingDays(readyDay, collect < 0.85 ? 1 : 2 + random.nextInt(3)), 0);
            } else {
                returned = finished.plus(Duration.ofMinutes(random.nextInt(90)));
            }
            if (finished.isAfter(now)) {
                finished = null;
                returned = null;
            } else if (returned.isAfter(now)) {
                returned = null;
            }
            dossiers.add(new Dossier(id, code, centre.unit().id(), procedure.id(), seat.officerId(), seat.counter().id(),
                    random.nextDouble() < 0.8 ? "TRUC_TIEP" : "TRUC_TUYEN", phone, received, currentAppointment,
                    originalAppointment, finished, returned));
            if (apology != null) {
                apologies.add(apology);
                if (phone != null) {
                    messages.add(new SmsHistory.Delivered(id(apology.issuedAt()), "apology:" + id, SmsPurpose.APOLOGY,
                            centre.unit().id(), phone, apologyText.apply(Map.of("code", code,
                            "date", DATE.format(currentAppointment.atZone(ClockFactory.VIETNAM)))),
                            apology.issuedAt(), apology.issuedAt().plusSeconds(3)));
                }
            }
            if (returned != null && phone != null) {
                invite(centre, seat, procedure, id, code, phone, returned, weak, lateKind);
            }
        }

        private void invite(RatingsDemoData.Centre centre, RatingsDemoData.Seat seat, Procedure procedure,
                            long dossierId, String code, PhoneNumber phone, Instant returned, boolean weak,
                            int lateKind) {
            Instant invited = returned.plus(Duration.ofSeconds(20 + random.nextInt(600)));
            if (invited.isAfter(now)) {
                return;
            }
            String token = tokens.next();
            double answer = random.nextDouble();
            Channel channel = answer < 0.24 ? Channel.SMS : answer < 0.30 ? Channel.WEB : null;
            Instant ratedAt = channel == null ? null
                    : invited.plus(Duration.ofMinutes(channel == Channel.SMS ? 2 + random.nextInt(240) : 5 + random.nextInt(1500)));
            if (ratedAt != null && ratedAt.isAfter(now)) {
                channel = null;
                ratedAt = null;
            }
            Long ratingId = null;
            if (channel != null) {
                ratedAt = uniqueMillis(ratedAt);
                ratingId = TimeOrderedIds.historical(ratedAt.toEpochMilli(), RATING_SEQUENCE);
                double p = switch (lateKind) {
                    case 1 -> 0.74;
                    case 2 -> 0.6;
                    case 3 -> 0.38;
                    default -> weak ? 0.85 : 0.93;
                };
                int score = score(random.nextDouble() < p);
                List<Reason> reasons = score <= 3 && lateKind > 0 ? List.of(Reason.LATE) : List.of();
                ratings.add(new HistoricRating(RATING_KEY_PREFIX + code, channel, centre.unit().id(), score,
                        seat.counter().id(), seat.officerId(), procedure.id(), null, reasons,
                        comment(channel, score), ratedAt, ratedAt.plusMillis(300 + random.nextInt(1500)), Map.of(),
                        null, null, code));
            }
            invitations.add(new InvitationHistory.Sent(new Invitation(id(invited), dossierId, code, centre.unit().id(),
                    seat.counter().id(), seat.officerId(), procedure.id(), token, invited, ratingId, ratedAt), phone));
            messages.add(new SmsHistory.Delivered(id(invited), "invitation:" + dossierId, SmsPurpose.INVITATION,
                    centre.unit().id(), phone, invitationText.apply(Map.of("code", code,
                    "link", templates.site() + "/danh-gia/" + token)), invited, invited.plusSeconds(2)));
        }

        private String comment(Channel channel, int score) {
            if (random.nextDouble() < 0.65) {
                return null;
            }
            if (channel == Channel.WEB) {
                return pick(WEB_COMMENTS);
            }
            return score >= 4 ? pick(SMS_PRAISE) : pick(SMS_COMPLAINTS);
        }

        private int score(boolean satisfied) {
            double u = random.nextDouble();
            if (satisfied) {
                return u < 0.6 ? 5 : 4;
            }
            return u < 0.45 ? 3 : u < 0.8 ? 2 : 1;
        }

        /** A moment in office hours (08:00–11:45, 13:15–16:45) of that day, not before {@code notBefore} minutes. */
        private Instant officeMoment(LocalDate day, int notBefore) {
            int minute = random.nextDouble() < 0.6 ? 480 + random.nextInt(225) : 795 + random.nextInt(210);
            return day.atTime(LocalTime.ofSecondOfDay(Math.max(minute, notBefore) * 60L + random.nextInt(60)))
                    .atZone(ClockFactory.VIETNAM).toInstant();
        }

        private Instant closeOf(LocalDate day) {
            return day.atTime(17, 0).atZone(ClockFactory.VIETNAM).toInstant();
        }

        private LocalDate previousWorkingDay(LocalDate day) {
            LocalDate d = day.minusDays(1);
            while (!calendar.isWorkingDay(d)) {
                d = d.minusDays(1);
            }
            return d;
        }

        /** {@code t}, or a little after {@code after} when {@code t} is not later than it. */
        private Instant later(Instant t, Instant after) {
            return t.isAfter(after) ? t : after.plus(Duration.ofMinutes(30 + random.nextInt(120)));
        }

        private PhoneNumber phone() {
            return DossiersDemoData.phone(random);
        }

        /** A key of a past moment, unique among this load's (dossiers, invitations, messages, apologies). */
        private long id(Instant at) {
            for (int sequence = 0; ; sequence++) {
                long id = TimeOrderedIds.historical(at.toEpochMilli(), sequence);
                if (usedIds.add(id)) {
                    return id;
                }
            }
        }

        private Instant uniqueMillis(Instant at) {
            Instant t = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            while (!usedRatingMillis.add(t.toEpochMilli())) {
                t = t.plusMillis(1);
            }
            return t;
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }
}
