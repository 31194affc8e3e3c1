package vn.hailong.benchmark;

import vn.hailong.shared.ids.TimeOrderedIds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Exactly {@code total} ratings over the given working days, in time order, as tab-separated rows for
 * {@code LOAD DATA} into {@code ratings} and {@code rating_answers}. Believable skew, after the demo's ratings: busy
 * Mondays and Januaries, big wards busier than mountain communes, a 9:30 and a 14:20 peak, weak land and building
 * sectors, a few unhappy officers, a slight improvement over the year; channels kiosk 55 %, counter 25 %, web 12 %,
 * SMS 6 %, paper forms 2 %; about 30 % with 1–3 criterion answers; reasons and comments on most unhappy ratings; a
 * few kiosk ratings flagged, some of them released. Ids are {@link TimeOrderedIds#historical}, keys in scope
 * {@link BenchDatabase#SCOPE}.
 */
final class RatingGenerator {

    /** Columns of {@code ratings} the rows fill, in order; the others keep their defaults. */
    static final String RATING_COLUMNS = "id, unit_id, channel, score, counter_id, officer_id, procedure_id, kiosk_id,"
            + " reasons, comment, submitted_at, received_at, counted_at, local_date, idempotency_scope, idempotency_key,"
            + " body_hash, flagged, flag_reason, released_at, reviewed_at, reviewed_by, applicant_type, instrument_code";
    /** The survey instrument of the criterion answers (the seeded SIPAS 2017). */
    static final String INSTRUMENT = "SIPAS-2017";
    static final String ANSWER_COLUMNS = "rating_id, criterion_code, score";

    /** One batch of rows ready for the server. */
    record Chunk(byte[] ratings, byte[] answers, int ratingRows, int answerRows) {
    }

    interface Sink {
        void accept(Chunk chunk) throws Exception;
    }

    private static final long VIETNAM_OFFSET_MS = 7 * 3_600_000L;
    private static final String[] CHANNELS = {"KIOSK", "COUNTER", "WEB", "SMS", "IMPORT"};
    private static final String[] KIOSK_CRITERIA = {"S17-10", "S17-13", "S17-01"};
    private static final String[] CRITERIA = new String[22];
    private static final String[][] COMMENTS = {
            {"Chờ lâu quá, hơn một tiếng mới đến lượt.", "Đông người, nên mở thêm quầy vào sáng thứ Hai.",
                    "Máy lấy số bị lỗi, phải chờ rất lâu."},
            {"Hướng dẫn chưa rõ, phải đi lại hai lần mới đủ hồ sơ.",
                    "Cán bộ nói nhanh quá, tôi chưa hiểu cần bổ sung giấy tờ gì.",
                    "Nên có mẫu tờ khai điền sẵn để người dân tham khảo."},
            {"Thái độ cán bộ chưa niềm nở, trả lời cộc lốc.", "Cán bộ vừa làm việc vừa dùng điện thoại.",
                    "Tôi hỏi lại thì bị gắt, không vui."},
            {"Hồ sơ trễ hẹn mà không được báo trước.", "Hẹn trả kết quả nhưng đến nơi vẫn chưa có.",
                    "Hồ sơ đất đai giải quyết chậm, đã quá hẹn một tuần."},
            {"Không rõ vì sao phải nộp thêm phí.", "Lệ phí chưa được niêm yết rõ ràng."},
            {"Chỗ để xe chật, trời nắng không có mái che.", "Máy lạnh phòng chờ không hoạt động.",
                    "Thiếu ghế ngồi chờ cho người già."}};
    private static final String[] REASONS = {"WAITING", "GUIDANCE", "ATTITUDE", "LATE", "FEES", "OTHER"};
    private static final String[] THANKS = {"Cán bộ nhiệt tình, chu đáo. Cảm ơn!",
            "Làm thủ tục nhanh, không phải chờ lâu.", "Hướng dẫn rất dễ hiểu, cảm ơn chị cán bộ.",
            "Phòng chờ sạch sẽ, thoáng mát."};

    static {
        for (int i = 0; i < CRITERIA.length; i++) {
            CRITERIA[i] = String.format("S17-%02d", i + 1);
        }
    }

    private final BenchProvince province;
    private final List<LocalDate> days;
    private final long total;
    private final SplittableRandom random;
    private final MessageDigest sha256;
    private final HexFormat hex = HexFormat.of();
    private long cachedDay = Long.MIN_VALUE;
    private String cachedDate;

    RatingGenerator(BenchProvince province, List<LocalDate> workingDays, long total, long seed) {
        this.province = province;
        this.days = workingDays;
        this.total = total;
        this.random = new SplittableRandom(seed);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generates every rating, a chunk of at least {@code chunkRows} rows (whole days) at a time. */
    void generate(int chunkRows, Sink sink) throws Exception {
        List<BenchProvince.Centre> centres = province.centres;
        double[] dayWeight = new double[days.size()];
        double centreSum = centres.stream().mapToDouble(BenchProvince.Centre::size).sum();
        double daySum = 0;
        for (int d = 0; d < days.size(); d++) {
            dayWeight[d] = weekday(days.get(d).getDayOfWeek()) * month(days.get(d).getMonthValue());
            daySum += dayWeight[d];
        }
        double perWeight = total / (daySum * centreSum);
        double cumulative = 0;
        long emitted = 0;
        StringBuilder ratings = new StringBuilder(chunkRows * 260);
        StringBuilder answers = new StringBuilder(chunkRows * 12);
        int ratingRows = 0;
        int answerRows = 0;
        long first = days.get(0).toEpochDay();
        long span = Math.max(1, days.get(days.size() - 1).toEpochDay() - first);
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            double trend = 0.03 * ((double) (day.toEpochDay() - first) / span - 0.5);
            long dayStartUtcMs = day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - VIETNAM_OFFSET_MS;
            List<Row> today = new ArrayList<>();
            for (BenchProvince.Centre centre : centres) {
                cumulative += dayWeight[d] * centre.size() * perWeight;
                long upTo = d == days.size() - 1 && centre == centres.get(centres.size() - 1) ? total : (long) cumulative;
                for (; emitted < upTo; emitted++) {
                    today.add(rating(centre, dayStartUtcMs, trend));
                }
            }
            today.sort(Comparator.comparingLong(r -> r.submittedMs));
            String localDate = day.toString();
            long lastMs = Long.MIN_VALUE;
            int sequence = 0;
            for (Row r : today) {
                sequence = r.submittedMs == lastMs ? sequence + 1 : 0;
                lastMs = r.submittedMs;
                long id = TimeOrderedIds.historical(r.submittedMs, sequence);
                append(ratings, r, id, localDate);
                for (int a = 0; a < r.criteria.length; a++) {
                    answers.append(id).append('\t').append(r.criteria[a]).append('\t').append(r.answerScores[a]).append('\n');
                    answerRows++;
                }
                ratingRows++;
            }
            if (ratingRows >= chunkRows || d == days.size() - 1) {
                sink.accept(new Chunk(ratings.toString().getBytes(StandardCharsets.UTF_8),
                        answers.toString().getBytes(StandardCharsets.UTF_8), ratingRows, answerRows));
                ratings.setLength(0);
                answers.setLength(0);
                ratingRows = 0;
                answerRows = 0;
            }
        }
    }

    private static final class Row {
        long submittedMs;
        long receivedMs;
        long unitId;
        int channel;
        int score;
        long counterId;
        long officerId;
        long procedureId;
        long kioskId;
        String reasons;
        String comment;
        String flag;
        boolean released;
        String applicant;
        String[] criteria;
        int[] answerScores;
    }

    private Row rating(BenchProvince.Centre centre, long dayStartUtcMs, double trend) {
        Row r = new Row();
        r.unitId = centre.unitId();
        double u = random.nextDouble();
        r.channel = centre.kioskId() != 0 && u < 0.55 ? 0 : u < 0.80 ? 1 : u < 0.92 ? 2 : u < 0.98 ? 3 : 4;
        BenchProvince.Seat seat = seat(centre);
        boolean weak = false;
        if (seat.procedures().length > 0) {
            int p = (int) (seat.procedures().length * Math.pow(random.nextDouble(), 1.8));
            r.procedureId = seat.procedures()[p];
            weak = seat.weak()[p];
        }
        boolean web = r.channel == 2;
        if (!web || random.nextDouble() < 0.3) {
            r.counterId = web ? 0 : seat.counterId();
            r.officerId = seat.officerId();
        }
        if (r.channel == 0) {
            r.kioskId = centre.kioskId();
        }
        double p = (weak ? 0.835 : 0.945) + (r.officerId != 0 ? seat.officerBias() : 0) + trend + centre.bias();
        p = Math.max(0.3, Math.min(0.99, p));
        boolean satisfied = random.nextDouble() < p;
        double s = random.nextDouble();
        r.score = satisfied ? (s < 0.62 ? 5 : 4) : (s < 0.5 ? 3 : s < 0.82 ? 2 : 1);
        r.submittedMs = dayStartUtcMs + momentOfDay(r.channel);
        r.receivedMs = r.submittedMs + 150 + random.nextInt(r.channel == 0 ? 2400 : 900);
        if (r.channel == 0 && random.nextDouble() < 0.004) {
            r.flag = "TOO_FAST";
            r.released = random.nextDouble() < 0.4;
        }
        double a = random.nextDouble();
        r.applicant = a < 0.72 ? "INDIVIDUAL" : a < 0.84 ? "ORGANISATION" : null;
        if (random.nextDouble() < 0.30) {
            answers(r);
        } else {
            r.criteria = NONE;
        }
        if (r.score <= 3) {
            int reason = reason(weak, r.officerId != 0 && seat.officerBias() < -0.1);
            if (random.nextDouble() < 0.75) {
                r.reasons = REASONS[reason];
            }
            if (random.nextDouble() < 0.45) {
                String[] options = COMMENTS[reason];
                r.comment = options[random.nextInt(options.length)];
            }
        } else if (r.score == 5 && random.nextDouble() < 0.03) {
            r.comment = THANKS[random.nextInt(THANKS.length)];
        }
        return r;
    }

    private static final String[] NONE = new String[0];

    private void answers(Row r) {
        int count = 1 + random.nextInt(3);
        String[] criteria = new String[count];
        if (r.channel == 0) {
            System.arraycopy(KIOSK_CRITERIA, 0, criteria, 0, count);
        } else {
            int start = random.nextInt(CRITERIA.length);
            int step = 1 + random.nextInt(CRITERIA.length - 1);
            for (int i = 0; i < count; i++) {
                criteria[i] = CRITERIA[(start + i * step) % CRITERIA.length];
            }
            if (count == 3 && criteria[2].equals(criteria[0])) {
                criteria = Arrays.copyOf(criteria, 2);
            }
        }
        int[] scores = new int[criteria.length];
        for (int i = 0; i < criteria.length; i++) {
            double u = random.nextDouble();
            scores[i] = Math.max(1, Math.min(5, r.score + (u < 0.15 ? -1 : u < 0.8 ? 0 : 1)));
        }
        r.criteria = criteria;
        r.answerScores = scores;
    }

    private int reason(boolean weak, boolean unhappyOfficer) {
        double u = random.nextDouble();
        if (unhappyOfficer) {
            return u < 0.5 ? 2 : u < 0.75 ? 1 : u < 0.9 ? 0 : 4 + random.nextInt(2);
        }
        if (weak) {
            return u < 0.35 ? 3 : u < 0.6 ? 1 : u < 0.8 ? 0 : 4 + random.nextInt(2);
        }
        return u < 0.32 ? 0 : u < 0.57 ? 1 : u < 0.69 ? 2 : 4 + random.nextInt(2);
    }

    private BenchProvince.Seat seat(BenchProvince.Centre centre) {
        double pick = random.nextDouble() * centre.totalWeight();
        for (BenchProvince.Seat s : centre.seats()) {
            pick -= s.weight();
            if (pick < 0) {
                return s;
            }
        }
        return centre.seats()[centre.seats().length - 1];
    }

    /** Milliseconds after local midnight: office-hour peaks for kiosk, counter and paper; 6:00–22:00 for web and SMS. */
    private long momentOfDay(int channel) {
        double minute;
        if (channel == 2 || channel == 3) {
            minute = 360 + 960 * random.nextDouble();
        } else {
            boolean morning = random.nextDouble() < 0.63;
            double mean = morning ? 575 : 860;
            double sd = morning ? 50 : 45;
            int lo = morning ? 480 : 785;
            int hi = morning ? 715 : 1015;
            do {
                minute = mean + sd * gaussian();
            } while (minute < lo || minute >= hi);
        }
        return (long) (minute * 60_000) + random.nextInt(1000);
    }

    private double gaussian() {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private void append(StringBuilder sb, Row r, long id, String localDate) {
        sb.append(id).append('\t').append(r.unitId).append('\t').append(CHANNELS[r.channel]).append('\t')
                .append(r.score).append('\t');
        optional(sb, r.counterId);
        optional(sb, r.officerId);
        optional(sb, r.procedureId);
        optional(sb, r.kioskId);
        text(sb, r.reasons);
        text(sb, r.comment);
        dateTime(sb, r.submittedMs);
        dateTime(sb, r.receivedMs);
        if (r.kioskId != 0) {
            dateTime(sb, r.submittedMs);
        } else {
            sb.append("\\N\t");
        }
        sb.append(localDate).append('\t').append(BenchDatabase.SCOPE).append('\t');
        String key = "bench:" + Long.toHexString(id);
        sb.append(key).append('\t');
        sb.append(hex.formatHex(sha256.digest(key.getBytes(StandardCharsets.US_ASCII)))).append('\t');
        if (r.flag == null) {
            sb.append("0\t\\N\t\\N\t\\N\t\\N\t");
        } else {
            sb.append("1\t").append(r.flag).append('\t');
            if (r.released) {
                long at = r.receivedMs + 86_400_000L;
                dateTime(sb, at);
                dateTime(sb, at);
                sb.append("benchmark\t");
            } else {
                sb.append("\\N\t\\N\t\\N\t");
            }
        }
        text(sb, r.applicant);
        sb.append(r.criteria.length > 0 ? INSTRUMENT : "\\N").append('\n');
    }

    private static void optional(StringBuilder sb, long id) {
        if (id == 0) {
            sb.append("\\N\t");
        } else {
            sb.append(id).append('\t');
        }
    }

    private static void text(StringBuilder sb, String s) {
        sb.append(s == null ? "\\N" : s).append('\t');
    }

    /** UTC {@code yyyy-MM-dd HH:mm:ss.SSS}, then a tab. */
    private void dateTime(StringBuilder sb, long ms) {
        long day = Math.floorDiv(ms, 86_400_000L);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = LocalDate.ofEpochDay(day).toString();
        }
        int inDay = (int) (ms - day * 86_400_000L);
        sb.append(cachedDate).append(' ');
        two(sb, inDay / 3_600_000);
        sb.append(':');
        two(sb, inDay / 60_000 % 60);
        sb.append(':');
        two(sb, inDay / 1000 % 60);
        sb.append('.');
        int millis = inDay % 1000;
        sb.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10)).append((char) ('0' + millis % 10));
        sb.append('\t');
    }

    private static void two(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static double weekday(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> 1.22;
            case TUESDAY -> 1.12;
            case WEDNESDAY -> 1.0;
            case THURSDAY -> 0.96;
            case FRIDAY -> 0.86;
            default -> 0.75;
        };
    }

    private static double month(int m) {
        return switch (m) {
            case 1 -> 1.12;
            case 12 -> 1.05;
            case 7, 8 -> 0.92;
            default -> 1.0;
        };
    }
}
