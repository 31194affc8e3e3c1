package vn.hailong.access.matrix;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.access.matrix.AccessTable.Principal;
import vn.hailong.access.matrix.AccessTable.Relation;
import vn.hailong.access.matrix.AccessTable.Rule;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Routes;
import vn.hailong.web.WebSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * product.md §5 "Access": who may call every route, and which units' objects each caller reaches. The table
 * ({@code src/test/resources/access-matrix.txt}) is the documentation; this test holds the code to it:
 * <ul>
 * <li>every route the Router knows has a row, and every row a route, so a new endpoint fails the build until its
 * access is decided;</li>
 * <li>every caller (nobody, a staff member of each role, an integration token, a kiosk token) calls every route: an
 * allowed caller is not refused (not 401, 403 or 404, no 5xx, no redirect to the sign-in page), a refused one gets
 * 401/403 (anonymous pages: the sign-in page);</li>
 * <li>for routes about one unit's object, the allowed roles call it with the object of their own unit, of a child, a
 * sibling and the parent unit (UnitScope: own subtree only); a refused relation answers as the row says (404 where
 * the design hides that the object exists, 403 for writes that name a unit).</li>
 * </ul>
 * Staff call pages with a session signed in through the login form (CSRF token from the page), the API with a
 * bearer token of their role; a staff session on the API counts for nothing (it is anonymous there). Writes send
 * either a body that fails validation after the access decision, or current values (an update that changes
 * nothing), or act on objects made for the matrix and restored afterwards.
 */
@MicronautTest(transactional = false)
class AccessMatrixIT {

    static final String TABLE = "/access-matrix.txt";
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Inject
    Router router;
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    @Test
    void every_route_has_a_row_and_every_row_a_route() {
        Set<String> routes = routes();
        Set<String> rows = AccessTable.load(TABLE).stream().map(Rule::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> withoutRow = new TreeSet<>(routes);
        withoutRow.removeAll(rows);
        Set<String> withoutRoute = new TreeSet<>(rows);
        withoutRoute.removeAll(routes);
        assertThat(withoutRow).as("routes without a row in %s: decide who may call them", TABLE).isEmpty();
        assertThat(withoutRoute).as("rows in %s without a route", TABLE).isEmpty();
    }

    /** Method and URI template of every route; HEAD is answered as GET and is not a row of its own. */
    private Set<String> routes() {
        return Routes.all(router).stream().map(Routes.Route::key).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void every_caller_reaches_what_the_table_allows_and_nothing_else() throws Exception {
        long started = System.nanoTime();
        MatrixWorld world = new MatrixWorld(context, server);
        long built = System.nanoTime();
        consumes = new java.util.concurrent.ConcurrentHashMap<>();
        router.uriRoutes().forEach(route -> consumes.put(route.getHttpMethodName() + " " + route.getUriMatchTemplate(),
                route.getConsumes().stream().map(MediaType::toString).collect(Collectors.toSet())));
        Map<String, Long> spent = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        world.missing.forEach((what, why) -> wrong.add("could not make " + what + ": " + why));
        java.util.concurrent.atomic.AtomicInteger cells = new java.util.concurrent.atomic.AtomicInteger();
        List<Rule> rules = AccessTable.load(TABLE);
        // page cells post empty forms: the province-wide question lists they may clear are put back afterwards
        QuestionLists questions = QuestionLists.snapshot(context);
        // rows that only read or write what no other row looks at run side by side; the rest one after another
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (Rule rule : rules) {
                if (!disturbs(rule)) {
                    running.add(workers.submit(() -> row(world, rule, cells, spent, wrong)));
                }
            }
            for (java.util.concurrent.Future<?> f : running) {
                f.get();
            }
        } finally {
            workers.shutdown();
        }
        try {
            for (Rule rule : rules) {
                if (disturbs(rule)) {
                    row(world, rule, cells, spent, wrong);
                }
            }
        } finally {
            questions.restore();
        }
        List<String> sorted = new ArrayList<>(wrong);
        java.util.Collections.sort(sorted);
        System.out.printf("access matrix: %d cells in %d ms (world built in %d ms); slowest routes:%n", cells.get(),
                (System.nanoTime() - built) / 1_000_000, (built - started) / 1_000_000);
        spent.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("  %6d ms  %s%n", e.getValue() / 1_000_000, e.getKey()));
        assertThat(sorted).as("%d cells; these answered otherwise than the table says", cells.get()).isEmpty();
    }

    private void row(MatrixWorld world, Rule rule, java.util.concurrent.atomic.AtomicInteger cells, Map<String, Long> spent,
                     List<String> wrong) {
        for (Principal p : Principal.values()) {
            List<Relation> relations = !rule.scoped() || !rule.allowed().contains(p) ? List.of(Relation.OWN)
                    : p == Principal.ROOT_ADMIN ? List.of(Relation.SIBLING) : List.of(Relation.values());
            for (Relation r : relations) {
                cells.incrementAndGet();
                long t0 = System.nanoTime();
                String verdict;
                synchronized (world.sessions.get(p)) {
                    verdict = cell(world, rule, p, r);
                }
                spent.merge(rule.key(), System.nanoTime() - t0, Long::sum);
                if (verdict != null) {
                    wrong.add(verdict);
                }
            }
        }
        if (rule.template().startsWith("/api/")) {
            cells.incrementAndGet();
            String verdict;
            synchronized (world.sessions.get(Principal.ADMIN)) {
                verdict = sessionOnApi(world, rule);
            }
            if (verdict != null) {
                wrong.add(verdict);
            }
        }
    }

    private static final Set<String> DISTURBING_ACTIONS = Set.of("ngung", "khoa", "tat", "xoa", "thu-hoi", "ket-noi",
            "dat-lai-mat-khau", "mo-khoa", "bat", "kich-hoat", "dang-xuat", "dang-nhap");

    /** Whether a row's allowed cells change what other rows see (deactivate, remove, revoke, sign in or out). */
    private static boolean disturbs(Rule rule) {
        String last = rule.template().substring(rule.template().lastIndexOf('/') + 1);
        return rule.method().equals("DELETE") || !rule.method().equals("GET") && DISTURBING_ACTIONS.contains(last);
    }

    private Map<String, Set<String>> consumes;

    /** @param flashRefusal a page action answered with a redirect to a page that shows a refusal (AdminPages.toggled) */
    private record Outcome(int status, String location, String body, boolean flashRefusal) {
        Outcome(int status, String location, String body) {
            this(status, location, body, false);
        }
    }

    private String cell(MatrixWorld world, Rule rule, Principal p, Relation r) {
        String path;
        try {
            path = path(world, rule, r);
        } catch (MissingObject e) {
            return rule.key() + " as " + p + " on " + r + ": no object (" + e.getMessage() + ")";
        }
        Outcome o = call(world, rule, p, r, path);
        restore(world, rule, r);
        boolean allowed = rule.allows(p, r);
        String problem;
        if (o.status() >= 500) {
            problem = "server error";
        } else if (allowed) {
            boolean refused = rule.open() ? o.status() == 401 || o.status() == 403 : refused(o);
            problem = refused ? "refused an allowed caller" : null;
        } else if (!rule.allowed().contains(p)) {
            boolean ok = p == Principal.ANONYMOUS ? o.status() == 401 || o.status() == 403 || toSignIn(o)
                    : o.status() == 403 || o.flashRefusal();
            problem = ok ? null : "expected 401/403 for a caller the row does not name";
        } else {
            problem = rule.refusesWith(o.status()) || o.flashRefusal() ? null
                    : "expected " + rule.scopeRefusal() + " for a " + r + " unit";
        }
        return problem == null ? null : rule.key() + " as " + p + " on " + r + " (" + path + "): " + problem + ", got "
                + o.status() + (o.location() == null ? "" : " → " + o.location()) + " " + snippet(o.body());
    }

    private static boolean refused(Outcome o) {
        return o.status() == 401 || o.status() == 403 || o.status() == 404 || toSignIn(o);
    }

    private static boolean toSignIn(Outcome o) {
        return o.status() / 100 == 3 && o.location() != null && o.location().startsWith("/dang-nhap");
    }

    /** A staff member's session cookie on the API: the API is for bearer tokens, so it must count as anonymous. */
    private String sessionOnApi(MatrixWorld world, Rule rule) {
        if (rule.open()) {
            return null;
        }
        String path = path(world, rule, Relation.OWN);
        WebSession admin = world.sessions.get(Principal.ADMIN);
        WebSession.Page page = admin.exchange(HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(rule.method()), path)
                .header("Accept", "*/*"));
        return page.status() == 401 || page.status() == 403 ? null
                : rule.key() + " with an ADMIN session cookie and no token: expected 401, got " + page.status();
    }

    private Outcome call(MatrixWorld world, Rule rule, Principal p, Relation r, String path) {
        String method = rule.method();
        if (isApi(rule.template())) {
            Map<String, String> headers = new java.util.HashMap<>(Map.of("X-Forwarded-For", world.address,
                    "Idempotency-Key", UUID.randomUUID().toString()));
            headers.put("Accept", "*/*");
            Set<String> types = consumes.getOrDefault(rule.key(), Set.of());
            Api.Response response;
            if (method.equals("GET") || method.equals("DELETE")) {
                response = world.api.send(method, path, world.tokens.get(p), null, headers);
            } else if (types.contains(MediaType.APPLICATION_JSON) || types.isEmpty()) {
                response = world.api.send(method, path, world.tokens.get(p), apiBody(world, rule, r), headers);
            } else {
                String type = types.iterator().next();
                response = world.api.postBytes(path, world.tokens.get(p), type, new byte[0], headers);
            }
            return new Outcome(response.status(), response.header("Location"), response.body());
        }
        boolean endsSession = path.equals("/dang-xuat") || path.equals("/dang-nhap");
        WebSession session = endsSession ? world.throwawaySession(p) : world.sessions.get(p);
        if (method.equals("GET")) {
            WebSession.Page page = session.exchange(HttpRequest.GET(path).header("Accept", "text/html,*/*;q=0.8"));
            return new Outcome(page.status(), page.location(), page.body());
        }
        WebSession.Page page;
        if (consumes.getOrDefault(rule.key(), Set.of()).contains(MediaType.MULTIPART_FORM_DATA)) {
            io.micronaut.http.client.multipart.MultipartBody.Builder body = io.micronaut.http.client.multipart.MultipartBody.builder()
                    .addPart("csrfToken", session.csrfToken() == null ? "" : session.csrfToken());
            page = session.exchange(HttpRequest.POST(path, body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                    .header("Accept", "text/html"));
        } else {
            page = session.post(path, pageForm(world, rule, r));
        }
        boolean flashRefusal = false;
        if (page.status() / 100 == 3 && page.location() != null && !page.location().startsWith("/dang-nhap") && !endsSession) {
            WebSession.Page next = session.get(page.location());
            flashRefusal = next.html().selectFirst("[data-testid=flash].flash-error") != null;
        }
        return new Outcome(page.status(), page.location(), page.body(), flashRefusal);
    }

    private static boolean isApi(String template) {
        return template.startsWith("/api/") || template.startsWith("/health") || template.equals("/prometheus")
                || template.startsWith("/sms/twilio/") || template.equals("/openapi.yml") || template.equals("/token_info");
    }

    /** The route's path with each variable filled with the object of this relation, plus the query it needs. */
    private String path(MatrixWorld world, Rule rule, Relation r) {
        String t = rule.template();
        Matcher m = VARIABLE.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(variable(world, rule, m.group(1), r)));
        }
        m.appendTail(sb);
        String path = sb.toString();
        Unit unit = world.units.get(r);
        return switch (rule.key()) {
            case "GET /api/v1/complaints/{trackingCode}" -> path + "?phone=" + world.phoneEnds.get(world.value("complaint", r));
            case "GET /api/v1/metrics/satisfaction" -> path + "?unitCode=" + unit.code() + "&from=2026-01-01&to=2026-01-31";
            case "GET /api/v1/calendar/deadline" -> path + "?from=2026-02-12T09:00:00%2B07:00&amount=1&unit=WORKING_DAYS";
            case "GET /api/v1/calendar/holidays" -> path + "?year=2026";
            default -> path;
        };
    }

    private String variable(MatrixWorld world, Rule rule, String name, Relation r) {
        String t = rule.template();
        String kind = switch (name) {
            case "trackingCode" -> "complaint";
            case "userId" -> "user";
            case "code" -> t.startsWith("/api/v1/counters") || t.startsWith("/quay") ? "counterCode"
                    : t.startsWith("/api/v1/officers") ? "officerCode"
                    : t.startsWith("/api/v1/units") ? "unitCode"
                    : t.startsWith("/api/v1/kiosks") ? "kioskCode"
                    : t.startsWith("/api/v1/sectors") ? "=" + world.sector
                    : t.startsWith("/api/v1/procedures") ? "=" + world.procedure
                    : t.startsWith("/api/v1/dossiers") ? "=" + Fixtures.unique("MHS")
                    : t.startsWith("/ho-so") && t.contains("phieu-xin-loi") ? "apologised"
                    : t.startsWith("/quan-tri/ho-so") || t.startsWith("/ho-so") ? "dossier"
                    : t.startsWith("/xu-ly") ? "complaint"
                    : t.startsWith("/quan-tri/bo-cau-hoi") ? "=" + first(world, "SELECT code FROM survey_instruments ORDER BY code")
                    : null;
            case "id" -> t.startsWith("/quan-tri/can-bo") ? "officerId"
                    : t.startsWith("/quan-tri/quay") ? "counterId"
                    : t.startsWith("/quan-tri/don-vi") ? "unitId"
                    : t.startsWith("/quan-tri/ki-ot") ? "kioskId"
                    : t.startsWith("/quan-tri/nguoi-dung") ? "user"
                    : t.startsWith("/quan-tri/token-api") || t.startsWith("/api/v1/tokens") ? "token"
                    : t.startsWith("/tiep-cong-dan") ? "reception"
                    : t.startsWith("/quan-tri/ma-qr") ? "card"
                    : t.startsWith("/quan-tri/nhom-xu-ly") ? "team"
                    : t.startsWith("/quan-tri/dinh-tuyen") ? "rule"
                    : t.startsWith("/quan-tri/chi-tieu") ? "target"
                    : t.startsWith("/quan-tri/lich-nghi") ? "holiday"
                    : t.startsWith("/quan-tri/mau-tra-loi") ? "template"
                    : t.startsWith("/quan-tri/tin-nhan/so-canh-bao") ? "alertPhone"
                    : t.startsWith("/quan-tri/danh-gia-can-xem") || t.startsWith("/api/v1/ratings") ? "flaggedRating"
                    : t.startsWith("/quan-tri/thoi-han") ? "=" + first(world, "SELECT CAST(id AS CHAR) FROM deadline_policies ORDER BY id")
                    : t.startsWith("/quan-tri/linh-vuc") ? "=" + first(world, "SELECT CAST(id AS CHAR) FROM sectors WHERE code = '" + world.sector + "'")
                    : t.startsWith("/quan-tri/thu-tuc") ? "=" + first(world, "SELECT CAST(id AS CHAR) FROM procedures WHERE code = '" + world.procedure + "'")
                    : t.startsWith("/xu-ly/tep") ? "attachment"
                    : null;
            case "purpose" -> "=" + first(world, "SELECT purpose FROM sms_templates ORDER BY purpose");
            case "file" -> t.startsWith("/bao-cao/ho-so-tre-han") ? "=ho-so-tre-han.csv"
                    : t.startsWith("/bao-cao/xuat") ? "=sectors.csv" : "=units.csv";
            case "kind" -> "=units";
            case "selector" -> "=liveness";
            case "token" -> "=khong-co-ma-nay";
            default -> null;
        };
        if (kind == null) {
            throw new MissingObject("no filler for {" + name + "} in " + t);
        }
        if (kind.startsWith("=")) {
            return kind.substring(1);
        }
        String value = world.value(kind, r);
        if (value == null) {
            throw new MissingObject(kind + " in the " + r + " unit");
        }
        return value;
    }

    private static String first(MatrixWorld world, String sql) {
        List<String> values = world.sql.column(sql);
        if (values.isEmpty()) {
            throw new MissingObject(sql);
        }
        return values.get(0);
    }

    /** JSON that passes binding and validation, so that what answers is the access decision. */
    private String apiBody(MatrixWorld world, Rule rule, Relation r) {
        Unit u = world.units.get(r);
        Function<Relation, String> parentCode = rel -> switch (rel) {
            case OWN, SIBLING -> world.units.get(Relation.PARENT).code();
            case CHILD -> world.units.get(Relation.OWN).code();
            case PARENT -> world.fixtures.province().code();
        };
        return switch (rule.key()) {
            case "PUT /api/v1/units/{code}" -> """
                    {"code":"%s","name":"%s","type":"%s","parentCode":"%s"}""".formatted(u.code(), u.name(), u.type(), parentCode.apply(r));
            case "PUT /api/v1/counters/{code}" -> """
                    {"code":"%s","name":"Quầy ma trận","unitCode":"%s"}""".formatted(world.value("counterCode", r), u.code());
            case "PUT /api/v1/officers/{code}" -> """
                    {"code":"%s","fullName":"Trần Thị Ma","unitCode":"%s","counterCode":"%s"}"""
                    .formatted(world.value("officerCode", r), u.code(), world.value("counterCode", r));
            case "PUT /api/v1/sectors/{code}" -> """
                    {"code":"%s","name":"Hộ tịch ma trận","targetPct":90}""".formatted(world.sector);
            case "PUT /api/v1/procedures/{code}" -> """
                    {"code":"%s","name":"Khai sinh ma trận","sectorCode":"%s","processingDays":1}""".formatted(world.procedure, world.sector);
            case "PUT /api/v1/dossiers/{code}" -> """
                    {"procedureCode":"%s","unitCode":"%s","receivedAt":"2026-11-02T09:00:00+07:00",
                     "appointmentAt":"2026-12-30T16:00:00+07:00"}""".formatted(world.procedure, u.code());
            case "POST /api/v1/ratings" -> """
                    {"score":4,"channel":"COUNTER","unitCode":"%s"}""".formatted(u.code());
            case "POST /api/v1/complaints/{trackingCode}/events" -> "{\"type\":\"ACCEPT\"}";
            case "POST /api/v1/sectors" -> """
                    {"code":"%s","name":"Lĩnh vực mới ma trận","targetPct":90}""".formatted(Fixtures.unique("MS"));
            case "POST /api/v1/procedures" -> """
                    {"code":"%s","name":"Thủ tục mới ma trận","sectorCode":"%s","processingDays":1}""".formatted(Fixtures.unique("MP"), world.sector);
            case "POST /api/v1/units" -> """
                    {"code":"%s","name":"Đơn vị mới ma trận","type":"RECEPTION_POINT","parentCode":"%s"}""".formatted(Fixtures.unique("MU"), u.code());
            case "POST /api/v1/counters" -> """
                    {"code":"%s","name":"Quầy mới ma trận","unitCode":"%s"}""".formatted(Fixtures.unique("MQ"), u.code());
            case "POST /api/v1/officers" -> """
                    {"code":"%s","fullName":"Lê Văn Mới","unitCode":"%s"}""".formatted(Fixtures.unique("MCB"), u.code());
            case "POST /api/v1/kiosks" -> """
                    {"code":"%s","name":"Ki-ốt mới ma trận","unitCode":"%s"}""".formatted(Fixtures.unique("MK"), u.code());
            case "POST /api/v1/tokens" -> """
                    {"name":"%s","role":"INTEGRATION","unitCode":"%s"}""".formatted(Fixtures.unique("mt"), u.code());
            case "POST /api/v1/counters/{code}/transactions" -> "{}";
            default -> "{}";
        };
    }

    /** Page forms: the CSRF token of the caller's session (WebSession adds it) and nothing else, unless a row needs more. */
    private Map<String, String> pageForm(MatrixWorld world, Rule rule, Relation r) {
        return Map.of();
    }

    /** Puts back what an allowed cell deactivated, so that later cells find the same world. */
    private void restore(MatrixWorld world, Rule rule, Relation r) {
        String key = rule.key();
        if (key.equals("POST /quan-tri/don-vi/{id}/ngung") || key.equals("DELETE /api/v1/units/{code}")) {
            Unit u = world.units.get(r);
            context.getBean(UnitRegistry.class).reactivate(world.provinceActor, u.code());
        } else if (key.equals("POST /quan-tri/quay/{id}/ngung") || key.equals("DELETE /api/v1/counters/{code}")) {
            context.getBean(CounterRegistry.class).setActive(world.provinceActor, world.value("counterCode", r), true);
        } else if (key.equals("POST /quan-tri/can-bo/{id}/ngung") || key.equals("DELETE /api/v1/officers/{code}")) {
            context.getBean(OfficerRegistry.class).setActive(world.provinceActor, world.value("officerCode", r), true);
        }
    }

    private static String snippet(String body) {
        if (body == null) {
            return "";
        }
        String text = body.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    static final class MissingObject extends RuntimeException {
        MissingObject(String message) {
            super(message);
        }
    }
}
