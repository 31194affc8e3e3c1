package vn.hailong.access.matrix;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.hailong.access.matrix.AccessTable.Principal;
import vn.hailong.access.matrix.AccessTable.Relation;
import vn.hailong.access.tokens.TokenIssuer;
import vn.hailong.calendar.CalendarDayDraft;
import vn.hailong.calendar.DayKind;
import vn.hailong.calendar.EditingCalendar;
import vn.hailong.complaints.reception.CitizenReception;
import vn.hailong.complaints.routing.RoutingAdmin;
import vn.hailong.complaints.routing.TeamAdmin;
import vn.hailong.complaints.workspace.AnswerTemplateCatalogue;
import vn.hailong.dossiers.apology.Apologies;
import vn.hailong.dossiers.apology.ApologyRequest;
import vn.hailong.invitations.cards.RatingCards;
import vn.hailong.metrics.targets.Targets;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.sms.SmsAdmin;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static vn.hailong.support.Fixtures.unique;

/**
 * The units and objects the matrix reaches for: every caller sits in one unit ("own"), which has a parent, a sibling
 * (another child of that parent) and a child. Each relation's unit holds one object of every kind a route can name
 * (counter, officer, kiosk, complaint, dossier, user, team, ...), made through the real use cases or the API.
 */
final class MatrixWorld {

    final Fixtures fixtures;
    final Api api;
    final Sql sql;
    final EmbeddedServer server;
    final String provinceAdmin;
    final String provinceIntegration;
    final Actor provinceActor;
    final Map<Relation, Unit> units = new EnumMap<>(Relation.class);
    /** kind → relation → the value a path variable takes (a code or an id). */
    final Map<String, Map<Relation, String>> objects = new LinkedHashMap<>();
    final Map<Principal, String> tokens = new EnumMap<>(Principal.class);
    final Map<Principal, WebSession> sessions = new EnumMap<>(Principal.class);
    final Map<Principal, String> usernames = new EnumMap<>(Principal.class);
    final Map<Relation, String> kioskTokens = new EnumMap<>(Relation.class);
    /** What could not be made, so that the cells that need it are reported rather than silently skipped. */
    final Map<String, String> missing = new LinkedHashMap<>();
    final String sector = unique("MS");
    final String procedure = unique("MP");
    final String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    MatrixWorld(ApplicationContext context, EmbeddedServer server) {
        this.server = server;
        this.fixtures = context.getBean(Fixtures.class);
        this.sql = context.getBean(Sql.class);
        this.api = new Api(server);
        this.tokenIssuer = context.getBean(TokenIssuer.class);
        Unit province = fixtures.province();
        this.provinceActor = new Actor(Actor.Kind.USER, 0, "access-matrix", Role.ADMIN, province.id(), null);
        this.provinceAdmin = fixtures.token(Role.ADMIN, province);
        this.provinceIntegration = fixtures.token(Role.INTEGRATION, province);
        Unit parent = fixtures.unitUnder(province, "Xã Ma Trận " + unique("p"), UnitType.COMMUNE);
        Unit own = fixtures.unitUnder(parent, "Trung tâm Ma Trận " + unique("o"), UnitType.SERVICE_CENTRE_COMMUNE);
        units.put(Relation.PARENT, parent);
        units.put(Relation.OWN, own);
        units.put(Relation.SIBLING, fixtures.unitUnder(parent, "Trung tâm bên cạnh " + unique("s"), UnitType.SERVICE_CENTRE_COMMUNE));
        units.put(Relation.CHILD, fixtures.unitUnder(own, "Điểm tiếp nhận " + unique("c"), UnitType.RECEPTION_POINT));
        ok(api.post("/api/v1/sectors", provinceAdmin, """
                {"code":"%s","name":"Hộ tịch ma trận","targetPct":90}""".formatted(sector)));
        ok(api.post("/api/v1/procedures", provinceAdmin, """
                {"code":"%s","name":"Khai sinh ma trận","sectorCode":"%s","processingDays":1}""".formatted(procedure, sector)));
        for (Relation r : Relation.values()) {
            directoryObjects(r);
        }
        for (Principal p : Principal.values()) {
            principal(p, own);
        }
        for (Relation r : Relation.values()) {
            Unit u = units.get(r);
            put("unitCode", r, u.code());
            put("unitId", r, String.valueOf(u.id()));
            attempt("complaint", r, () -> complaint(u));
            attempt("dossier", r, () -> dossier(u));
            attempt("attachment", r, () -> attachment(value("complaint", r)));
            attempt("apologised", r, () -> apologised(context.getBean(Apologies.class), u));
            attempt("user", r, () -> String.valueOf(fixtures.staff(Role.HANDLER, u, "Cán bộ đối tượng").id()));
            attempt("token", r, () -> String.valueOf(token(u)));
            Actor planner = new Actor(Actor.Kind.USER, 0, "access-matrix", Role.PROVINCE_MANAGER, provinceActor.unitId(), null);
            attempt("reception", r, () -> String.valueOf(context.getBean(CitizenReception.class).plan(planner,
                    new CitizenReception.Draft(u.code(), "RECEPTION_DAY", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20).toString(),
                            "08:00", "11:00", "Hội trường", "Nguyễn Văn A", "Chủ tịch", "Đất đai", null)).id()));
            attempt("card", r, () -> String.valueOf(context.getBean(RatingCards.class).create(provinceActor,
                    value("counterCode", r), null).id()));
            attempt("team", r, () -> team(context.getBean(TeamAdmin.class), r, u));
            attempt("rule", r, () -> String.valueOf(context.getBean(RoutingAdmin.class).create(provinceActor,
                    new RoutingAdmin.Draft("Quy tắc ma trận", "900", "PHAN_ANH", null, u.code(),
                            "khongbaogiokhop" + UUID.randomUUID().toString().substring(0, 6), u.code(), null, false)).id()));
            attempt("target", r, () -> String.valueOf(context.getBean(Targets.class).create(provinceActor,
                    new Targets.Typed("2031", u.code(), "OVERALL", null, "91", "ma trận"))));
            attempt("holiday", r, () -> String.valueOf(context.getBean(EditingCalendar.class).add(provinceActor,
                    new CalendarDayDraft(LocalDate.of(2031, 3, 3 + r.ordinal()), DayKind.HOLIDAY, "Nghỉ ma trận", u.code())).id()));
            attempt("template", r, () -> String.valueOf(context.getBean(AnswerTemplateCatalogue.class).create(provinceActor,
                    new AnswerTemplateCatalogue.Typed("PHAN_ANH", u.code(), "Mẫu ma trận", "Kính gửi ông/bà, ..."))));
            attempt("alertPhone", r, () -> alertPhone(context.getBean(SmsAdmin.class), u));
            attempt("flaggedRating", r, () -> flaggedRating(r, u));
        }
    }

    /** A file attached to the complaint, stored as intake stores one (the bytes need not be a real picture here). */
    private String attachment(String trackingCode) {
        if (trackingCode == null) {
            throw new IllegalStateException("no complaint");
        }
        sql.update("""
                INSERT INTO complaint_attachments (complaint_id, position, filename, content_type, size_bytes, sha256, content, created_at)
                SELECT id, 1, 'anh-ma-tran.png', 'image/png', 3, REPEAT('0', 64), X'010203', NOW(6) FROM complaints
                WHERE tracking_code = ?""", trackingCode);
        return sql.column("""
                SELECT CAST(a.id AS CHAR) FROM complaint_attachments a JOIN complaints c ON c.id = a.complaint_id
                WHERE c.tracking_code = ?""", trackingCode).get(0);
    }

    private String apologised(Apologies apologies, Unit u) {
        String code = dossier(u);
        apologies.issue(provinceActor, code, new ApologyRequest("Chờ kết quả xác minh", "2026-12-31", "Nguyễn Văn Ký",
                "Giám đốc", u.name()));
        return code;
    }

    /** A team of the unit with the relation's object user as its member (so that removing the member can be tried). */
    private String team(TeamAdmin teams, Relation r, Unit u) {
        long id = teams.create(provinceActor, new TeamAdmin.Draft(unique("T"), "Nhóm ma trận", u.code(), "LEAST_OPEN")).id();
        teams.addMember(provinceActor, id, value("user", r));
        return String.valueOf(id);
    }

    private void directoryObjects(Relation r) {
        Unit u = units.get(r);
        String counter = unique("MQ");
        ok(api.post("/api/v1/counters", provinceAdmin, """
                {"code":"%s","name":"Quầy ma trận","unitCode":"%s"}""".formatted(counter, u.code())));
        put("counterCode", r, counter);
        put("counterId", r, id("counters", counter));
        String officer = unique("MCB");
        ok(api.post("/api/v1/officers", provinceAdmin, """
                {"code":"%s","fullName":"Trần Thị Ma","unitCode":"%s","counterCode":"%s"}""".formatted(officer, u.code(), counter)));
        put("officerCode", r, officer);
        put("officerId", r, id("officers", officer));
        String kiosk = unique("MK");
        Api.Response k = ok(api.post("/api/v1/kiosks", provinceAdmin, """
                {"code":"%s","name":"Ki-ốt ma trận","unitCode":"%s","counterCode":"%s"}""".formatted(kiosk, u.code(), counter)));
        kioskTokens.put(r, field(k.body(), "token"));
        put("kioskCode", r, kiosk);
        put("kioskId", r, id("kiosks", kiosk));
    }

    private void principal(Principal p, Unit own) {
        if (p == Principal.ANONYMOUS) {
            sessions.put(p, visitor(null));
            return;
        }
        if (p == Principal.KIOSK) {
            String kiosk = unique("MKP");
            Api.Response k = ok(api.post("/api/v1/kiosks", provinceAdmin, """
                    {"code":"%s","name":"Ki-ốt của người gọi","unitCode":"%s"}""".formatted(kiosk, own.code())));
            tokens.put(p, field(k.body(), "token"));
            sessions.put(p, visitor(tokens.get(p)));
            return;
        }
        Role role = p == Principal.ROOT_ADMIN ? Role.ADMIN : Role.valueOf(p.name());
        Unit home = p == Principal.ROOT_ADMIN ? fixtures.province() : own;
        tokens.put(p, fixtures.token(role, home));
        if (p == Principal.INTEGRATION) {
            sessions.put(p, visitor(tokens.get(p)));
        }
        if (p.staff()) {
            Actor staff = fixtures.staff(role, home, "Người gọi " + p.name());
            usernames.put(p, staff.name());
            WebSession session = new WebSession(server, address);
            WebSession.Page signedIn = session.signIn(staff.name(), Fixtures.STAFF_PASSWORD);
            if (signedIn.status() != 303 && signedIn.status() != 302) {
                throw new IllegalStateException("sign-in of " + p + " answered " + signedIn.status());
            }
            session.get("/tai-khoan/mat-khau");
            sessions.put(p, session);
        }
    }

    /** A browser not signed in; with a token, a machine that sends its bearer token to pages as well. */
    private WebSession visitor(String token) {
        WebSession visitor = new WebSession(server, address);
        if (token != null) {
            visitor.setHeader("Authorization", "Bearer " + token);
        }
        visitor.get("/phan-anh");
        return visitor;
    }

    /** A fresh staff session for routes that end or replace the caller's own session (sign-in, sign-out). */
    private final Map<Principal, WebSession> throwaway = new EnumMap<>(Principal.class);

    /** One throwaway session per caller for the rows that replace or end it (sign-in, then sign-out). */
    WebSession throwawaySession(Principal p) {
        return throwaway.computeIfAbsent(p, this::freshSession);
    }

    WebSession freshSession(Principal p) {
        if (p.staff()) {
            WebSession session = new WebSession(server, address);
            session.signIn(usernames.get(p), Fixtures.STAFF_PASSWORD);
            session.get("/tai-khoan/mat-khau");
            return session;
        }
        return visitor(tokens.get(p));
    }

    private String complaint(Unit u) {
        int digits = 100000 + (int) (Math.random() * 899999);
        Api.Response filed = ok(api.post("/api/v1/complaints", provinceAdmin, """
                {"kind":"PHAN_ANH","text":"Phản ánh để thử ma trận quyền truy cập","unitCode":"%s","phone":"+84912%06d"}"""
                .formatted(u.code(), digits)));
        phoneEnds.put(code(filed), String.valueOf(digits).substring(2));
        String code = code(filed);
        List<String> at = sql.column("SELECT CAST(unit_id AS CHAR) FROM complaints WHERE tracking_code = ?", code);
        if (!at.equals(List.of(String.valueOf(u.id())))) {
            throw new IllegalStateException("complaint " + code + " was routed to unit " + at + ", not " + u.id());
        }
        return code;
    }

    /** tracking code → the last four digits of its citizen's phone */
    final Map<String, String> phoneEnds = new LinkedHashMap<>();

    private static String code(Api.Response filed) {
        return field(filed.body(), "trackingCode");
    }

    private String dossier(Unit u) {
        String code = unique("MHS");
        ok(api.put("/api/v1/dossiers/" + code, provinceIntegration, """
                {"procedureCode":"%s","unitCode":"%s","receivedAt":"2026-11-02T09:00:00+07:00",
                 "appointmentAt":"2026-12-30T16:00:00+07:00"}""".formatted(procedure, u.code())));
        return code;
    }

    private long token(Unit u) {
        return context().issueTrusted(unique("mt"), Role.INTEGRATION, u.id(), null, "access-matrix").token().id();
    }

    private TokenIssuer context() {
        return tokenIssuer;
    }

    private final TokenIssuer tokenIssuer;

    private String alertPhone(SmsAdmin sms, Unit u) {
        String phone = "+84983" + String.format("%06d", (int) (Math.random() * 999999));
        sms.addAlertPhone(provinceActor, u.id(), phone, "Trực ma trận");
        return sql.column("SELECT CAST(id AS CHAR) FROM sms_alert_phones WHERE unit_id = ?", u.id()).get(0);
    }

    private String flaggedRating(Relation r, Unit u) {
        String kiosk = kioskTokens.get(r);
        for (int i = 0; i < 2; i++) {
            ok(api.send("POST", "/api/v1/ratings", kiosk, "{\"score\":4}",
                    Map.of("Idempotency-Key", UUID.randomUUID().toString())));
        }
        List<String> flagged = sql.column("SELECT CAST(id AS CHAR) FROM ratings WHERE unit_id = ? AND flagged = TRUE", u.id());
        if (flagged.isEmpty()) {
            throw new IllegalStateException("no flagged rating in " + u.code());
        }
        return flagged.get(0);
    }

    private void attempt(String kind, Relation r, Supplier<String> make) {
        try {
            put(kind, r, make.get());
        } catch (RuntimeException e) {
            missing.put(kind + "/" + r, e.toString());
        }
    }

    void put(String kind, Relation r, String value) {
        objects.computeIfAbsent(kind, k -> new EnumMap<>(Relation.class)).put(r, value);
    }

    /** The object of this kind in the unit of this relation, or null when it could not be made. */
    String value(String kind, Relation r) {
        Map<Relation, String> byRelation = objects.get(kind);
        return byRelation == null ? null : byRelation.get(r);
    }

    private String id(String table, String code) {
        return sql.column("SELECT CAST(id AS CHAR) FROM " + table + " WHERE code = ?", code).get(0);
    }

    static Api.Response ok(Api.Response r) {
        if (r.status() < 200 || r.status() > 299) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
        return r;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"?([^\",}]*)\"?").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
