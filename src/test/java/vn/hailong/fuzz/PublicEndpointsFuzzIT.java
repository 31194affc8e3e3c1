package vn.hailong.fuzz;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.invitations.InvitationTokens;
import vn.hailong.invitations.cards.RatingCards;
import vn.hailong.invitations.replies.InvitedDossiers;
import vn.hailong.shared.security.Role;
import vn.hailong.sms.fake.TwilioSignatures;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.support.Routes;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;
import static vn.hailong.support.Fixtures.unique;

/**
 * Bad input at every public endpoint (product.md §5, issue 12 §4): each public route (reachable without a staff
 * sign-in, {@link Routes#publicOnes}) has a valid request here, sent again many times with one part replaced by a
 * value of the corpus in {@code src/test/resources/fuzz/} (a field's value, a missing or repeated field, the whole
 * body, invalid UTF-8, the content type, a path segment, a query value, a header). Every answer must be below 500;
 * an API refusal is {@code application/problem+json} with its status; a page answers with a readable page (a
 * message when it refuses); and a refused request leaves the row counts of the tables it could touch unchanged,
 * while an accepted one stores its rows whole. The public forms are loaded as rendered and submitted with hostile
 * values in their fields.
 * <p>
 * Bounded and repeatable: {@code -Dhailong.fuzz.seed=<n>} changes the seed (default fixed),
 * {@code -Dhailong.fuzz.tries=<n>} the mutations per endpoint.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "hailong.twilio.account-sid", value = PublicEndpointsFuzzIT.TWILIO_ACCOUNT)
@Property(name = "hailong.twilio.auth-token", value = PublicEndpointsFuzzIT.TWILIO_TOKEN)
@Property(name = "hailong.twilio.from", value = "+15005550006")
@Property(name = "hailong.public-base-url", value = PublicEndpointsFuzzIT.PUBLIC_URL)
@Property(name = "hailong.sms.inbound.jobs-enabled", value = "false")
class PublicEndpointsFuzzIT {

    static final String TWILIO_ACCOUNT = "AC000000000000000000000000000000fz";
    static final String TWILIO_TOKEN = "fuzz-test-auth-token-0000000000000";
    static final String PUBLIC_URL = "https://hailong.example.vn";

    static final long SEED = Long.getLong("hailong.fuzz.seed", 20261205L);
    static final int TRIES = Integer.getInteger("hailong.fuzz.tries", 30);
    /** Forms cost a page load per try (and sign-in a password hash). */
    static final int FORM_TRIES = Math.max(5, TRIES * 2 / 5);

    /** Tables a public request may write; a refused request changes none of their row counts. */
    static final List<String> WATCHED = List.of("ratings", "rating_answers", "rating_decree_answers", "complaints",
            "complaint_steps", "complaint_events", "complaint_attachments", "dossiers", "rating_invitations",
            "sms_inbound", "sms_opt_outs", "api_tokens", "kiosk_contacts", "counter_transactions", "staff_sessions");

    private static final Pattern PROBLEM_STATUS = Pattern.compile("\"status\"\\s*:\\s*(\\d{3})");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    Router router;
    @Inject
    InvitedDossiers invitedDossiers;
    @Inject
    RatingCards cards;

    final Corpus corpus = new Corpus();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RatingWorld w;
    String integration;
    String pairingKiosk;
    String trackingCode;
    String trackingDigits;
    String invitationToken;
    String invitedDossier;
    String invitedDigits;
    String cardToken;

    /** A target: one public route, its valid request (built afresh each time), and what its acceptance stores. */
    record Target(String method, String template, Supplier<Probe> valid, Set<String> storesOnCreate,
                  boolean validIsAccepted) {
        Target(String method, String template, Supplier<Probe> valid, Set<String> storesOnCreate) {
            this(method, template, valid, storesOnCreate, true);
        }

        /** A target whose valid request may still be refused by the rules (a case not answered, no session). */
        Target refusable() {
            return new Target(method, template, valid, storesOnCreate, false);
        }

        String key() {
            return method + " " + template;
        }
    }

    /** A public form: the page that renders it and the form's selector; what its acceptance stores. */
    record FormTarget(String method, String template, String page, String selector) {
        String key() {
            return method + " " + template;
        }
    }

    @BeforeAll
    void world() {
        Api api = new Api(server);
        w = new RatingWorld(fixtures, api);
        integration = fixtures.token(Role.INTEGRATION, w.unit);
        pairingKiosk = unique("K");
        assertThat(api.post("/api/v1/kiosks", w.admin, """
                {"code":"%s","name":"Ki-ốt thử","unitCode":"%s","counterCode":"%s"}""".formatted(pairingKiosk,
                w.unit.code(), w.counter)).status()).isEqualTo(201);
        String phone = "0981" + String.format("%06d", new Random().nextInt(1_000_000));
        Api.Response filed = api.post("/api/v1/complaints", null, """
                {"kind":"PHAN_ANH","text":"Quầy 2 vắng cán bộ.","unitCode":"%s","phone":"%s"}""".formatted(w.unit.code(), phone));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        trackingCode = field(filed.body(), "trackingCode");
        trackingDigits = phone.substring(phone.length() - 4);
        InvitedDossiers.Invited invited = invitedDossiers.invited(InvitedDossiers.aPhone(),
                Instant.now().minus(Duration.ofDays(1)));
        // a token of the real alphabet, or the page never looks it up
        invitationToken = new InvitationTokens().next();
        sql.update("UPDATE rating_invitations SET token = ? WHERE dossier_id = ?", invitationToken, invited.dossierId());
        invitedDossier = invited.dossierCode();
        String e164 = invited.phone().e164();
        invitedDigits = e164.substring(e164.length() - 4);
        var manager = fixtures.staff(Role.UNIT_MANAGER, invited.unit(), "Lê Văn Quản Lý");
        cardToken = cards.create(manager, invited.counter().code(), null).token();
    }

    // ---- the targets ---------------------------------------------------------------------------------------------

    List<Target> targets() {
        String now = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
        String earlier = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(2).truncatedTo(ChronoUnit.SECONDS).toString();
        String later = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3).truncatedTo(ChronoUnit.SECONDS).toString();
        List<Target> t = new ArrayList<>();
        t.add(new Target("POST", "/api/v1/ratings", () -> json("POST", "/api/v1/ratings", w.kioskToken)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .field("score", "4").text("comment", "Cán bộ nhiệt tình").text("applicantType", "INDIVIDUAL"),
                Set.of("ratings")));
        t.add(new Target("POST", "/api/v1/ratings", () -> json("POST", "/api/v1/ratings", integration)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .field("score", "5").text("channel", "COUNTER").text("unitCode", w.unit.code())
                .text("counterCode", w.counter).text("officerCode", w.officer).text("procedureCode", w.procedure)
                .text("comment", "Tốt").text("submittedAt", now).field("reasons", "[]")
                .text("phone", "0912345678").field("contactRequested", "false"),
                Set.of("ratings")));
        t.add(new Target("POST", "/api/v1/complaints", () -> json("POST", "/api/v1/complaints", null)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .text("kind", "PHAN_ANH").text("text", "Quầy số 2 không có cán bộ.").text("unitCode", w.unit.code())
                .text("sectorCode", w.sector).text("phone", "0912345678").text("channel", "WEB")
                .text("citizenName", "Trần Thị Bình").field("contactRequested", "true"),
                Set.of("complaints", "complaint_steps", "complaint_events")));
        t.add(new Target("POST", "/api/v1/complaints", () -> json("POST", "/api/v1/complaints", integration)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .text("kind", "KHIEU_NAI").text("text", "Hồ sơ bị trả lại không rõ lý do.").text("unitCode", w.unit.code())
                .text("urgency", "PHUC_TAP").field("instance", "1").text("officerCode", w.officer)
                .text("counterCode", w.counter).text("procedureCode", w.procedure),
                Set.of("complaints", "complaint_steps", "complaint_events")));
        t.add(new Target("GET", "/api/v1/complaints/{trackingCode}", () -> get("/api/v1/complaints/{trackingCode}", null)
                .path("trackingCode", trackingCode).query("phone", trackingDigits), Set.of()));
        t.add(new Target("POST", "/api/v1/complaints/{trackingCode}/rating", () ->
                json("POST", "/api/v1/complaints/{trackingCode}/rating", null).path("trackingCode", trackingCode)
                        .text("phone", trackingDigits).text("verdict", "SATISFIED").text("comment", "Cảm ơn"), Set.of())
                .refusable());
        t.add(new Target("POST", "/api/v1/complaints/{trackingCode}/reopen", () ->
                json("POST", "/api/v1/complaints/{trackingCode}/reopen", null).path("trackingCode", trackingCode)
                        .text("phone", trackingDigits).text("reason", "Chưa được giải quyết"), Set.of())
                .refusable());
        t.add(new Target("GET", "/api/v1/calendar/deadline", () -> get("/api/v1/calendar/deadline", integration)
                .query("from", now).query("amount", "5").query("unit", "WORKING_DAYS").query("unitCode", w.unit.code()),
                Set.of()));
        t.add(new Target("GET", "/api/v1/calendar/holidays", () -> get("/api/v1/calendar/holidays", integration)
                .query("year", "2026"), Set.of()));
        t.add(new Target("PUT", "/api/v1/dossiers/{code}", () -> json("PUT", "/api/v1/dossiers/{code}", integration)
                .path("code", unique("HS")).text("procedureCode", w.procedure).text("unitCode", w.unit.code())
                .text("officerCode", w.officer).text("counterCode", w.counter).text("citizenPhone", "0912345678")
                .text("receivedAt", earlier).text("appointmentAt", later).text("finishedAt", now)
                .text("channel", "TRUC_TIEP"), Set.of("dossiers")));
        t.add(new Target("POST", "/api/v1/counters/{code}/transactions", () ->
                json("POST", "/api/v1/counters/{code}/transactions", integration).path("code", w.counter)
                        .text("ticket", "A" + new Random().nextInt(1000)).text("dossierCode", unique("HS")),
                Set.of("counter_transactions")));
        t.add(new Target("GET", "/api/v1/criteria", () -> get("/api/v1/criteria", null).query("lang", "en"), Set.of()));
        t.add(new Target("GET", "/api/v1/kiosk/config", () -> get("/api/v1/kiosk/config", w.kioskToken)
                .query("lang", "vi"), Set.of()));
        t.add(new Target("GET", "/api/v1/kiosk/messages", () -> get("/api/v1/kiosk/messages", null)
                .query("lang", "en"), Set.of()));
        t.add(new Target("POST", "/api/v1/kiosk/heartbeat", () -> json("POST", "/api/v1/kiosk/heartbeat", w.kioskToken)
                .field("pendingCount", "0"), Set.of()));
        t.add(new Target("POST", "/api/v1/kiosk/pair", () -> json("POST", "/api/v1/kiosk/pair", null)
                .text("code", pairingCode()), Set.of("api_tokens")));
        for (String kind : List.of("counters", "officers", "procedures", "sectors", "units")) {
            String code = switch (kind) {
                case "counters" -> w.counter;
                case "officers" -> w.officer;
                case "procedures" -> w.procedure;
                case "sectors" -> w.sector;
                default -> w.unit.code();
            };
            t.add(new Target("GET", "/api/v1/" + kind, () -> get("/api/v1/" + kind, integration)
                    .query("q", "a").query("page", "0").query("size", "20"), Set.of()));
            t.add(new Target("GET", "/api/v1/" + kind + "/{code}", () -> get("/api/v1/" + kind + "/{code}", integration)
                    .path("code", code), Set.of()));
        }
        t.add(new Target("POST", "/sms/twilio/inbound", this::inboundSms, Set.of("sms_inbound")));
        t.add(new Target("POST", "/sms/twilio/status", () -> twilio("/sms/twilio/status")
                .field("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""))
                .field("MessageStatus", "delivered").field("AccountSid", TWILIO_ACCOUNT).field("To", "+84912345678")
                .field("ErrorCode", ""), Set.of()));
        // pages and plain GETs: path segments, query values and headers
        t.add(page("/health", Map.of()));
        t.add(new Target("GET", "/health/{selector}", () -> get("/health/{selector}", null).path("selector", "liveness"), Set.of()));
        t.add(page("/cong-khai", Map.of("ky", "2026-Q4")));
        t.add(page("/dang-nhap", Map.of()));
        t.add(page("/danh-gia", Map.of("ma", invitedDossier)));
        t.add(new Target("GET", "/danh-gia/{token}", () -> html("GET", "/danh-gia/{token}").path("token", invitationToken)
                .query("lai", "1"), Set.of()));
        t.add(new Target("GET", "/danh-gia/q/{token}", () -> html("GET", "/danh-gia/q/{token}").path("token", cardToken), Set.of()));
        t.add(page("/favicon.ico", Map.of()));
        t.add(page("/lich-tiep-cong-dan", Map.of()));
        t.add(page("/ngon-ngu", Map.of("lang", "en", "tiep", "/tra-cuu")));
        t.add(page("/openapi.yml", Map.of()));
        t.add(page("/phan-anh", Map.of("ma", invitedDossier)));
        t.add(page("/tra-cuu", Map.of()));
        // sign-out takes no fields: a visitor's POST with odd headers and bodies
        t.add(new Target("POST", "/dang-xuat", () -> html("POST", "/dang-xuat"), Set.of()).refusable());
        return t;
    }

    /** The public forms, submitted as rendered (tracking's rating and reopening: as posted by hand, see below). */
    List<FormTarget> forms() {
        return List.of(
                new FormTarget("POST", "/dang-nhap", "/dang-nhap", "form[data-testid=login-form]"),
                new FormTarget("POST", "/danh-gia", "/danh-gia", "form[data-testid=lookup-form]"),
                new FormTarget("POST", "/danh-gia/{token}", "/danh-gia/" + invitationToken, "form[data-testid=rate-form]"),
                new FormTarget("POST", "/danh-gia/q/{token}", "/danh-gia/q/" + cardToken, "form[data-testid=rate-form]"),
                new FormTarget("POST", "/phan-anh", "/phan-anh", "form[data-testid=complaint-form]"),
                new FormTarget("POST", "/tra-cuu", "/tra-cuu", "form[data-testid=lookup-form]"));
    }

    /** Posted by hand with the page's CSRF token: these forms show only for an answered case. */
    static final Map<String, List<String>> HAND_POSTED = Map.of(
            "/tra-cuu/danh-gia", List.of("code", "digits", "verdict", "comment"),
            "/tra-cuu/mo-lai", List.of("code", "digits", "reason"));

    // ---- the tests -----------------------------------------------------------------------------------------------

    @Test
    void every_public_route_has_a_fuzz_target() {
        Set<String> covered = new TreeSet<>();
        targets().forEach(t -> covered.add(t.key()));
        forms().forEach(f -> covered.add(f.key()));
        HAND_POSTED.keySet().forEach(p -> covered.add("POST " + p));
        List<Routes.Route> publicRoutes = Routes.publicOnes(router);
        assertThat(publicRoutes).as("the public routes, as Routes finds them").extracting(Routes.Route::key)
                .contains("POST /api/v1/ratings", "POST /sms/twilio/inbound", "POST /phan-anh", "GET /health")
                .doesNotContain("GET /quan-tri", "POST /api/v1/units", "GET /prometheus");
        List<String> missing = publicRoutes.stream().map(Routes.Route::key)
                .filter(k -> !covered.contains(k)).toList();
        assertThat(missing).as("public routes without a fuzz target in " + getClass().getSimpleName()
                + ": add a valid request for each to targets() or forms()").isEmpty();
        Set<String> routes = new TreeSet<>();
        Routes.all(router).forEach(r -> routes.add(r.key()));
        assertThat(covered).as("fuzz targets that are no route (any more)").isSubsetOf(routes);
    }

    @TestFactory
    Stream<DynamicTest> every_public_endpoint_answers_hostile_requests_without_5xx_or_half_stored_rows() {
        List<Target> all = targets();
        return all.stream().map(t -> DynamicTest.dynamicTest(t.key() + " #" + all.indexOf(t), () -> fuzz(t)));
    }

    @TestFactory
    Stream<DynamicTest> every_public_form_answers_hostile_values_with_a_readable_page() {
        Stream<DynamicTest> rendered = forms().stream().map(f -> DynamicTest.dynamicTest(f.key(), () -> fuzzForm(f)));
        Stream<DynamicTest> byHand = HAND_POSTED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> DynamicTest.dynamicTest("POST " + e.getKey(), () -> fuzzHandPosted(e.getKey(), e.getValue())));
        return Stream.concat(rendered, byHand);
    }

    // ---- API fuzzing ---------------------------------------------------------------------------------------------

    private void fuzz(Target target) {
        Random random = new Random(SEED ^ target.key().hashCode());
        List<String> failures = new ArrayList<>();
        Probe valid = target.valid().get();
        Outcome first = exchange(target, valid, "valid request");
        assertThat(first.status).as("the valid request of " + target.key() + " must be accepted: " + first.status + " " + abbreviated(first.body))
                .isBetween(200, target.validIsAccepted() ? 399 : 499);
        failures.addAll(first.failures);
        for (Map.Entry<String, Probe> typed : typedValues(target).entrySet()) {
            if (failures.size() >= 10) {
                break;
            }
            failures.addAll(exchange(target, typed.getValue(), typed.getKey()).failures);
        }
        for (int i = 0; i < TRIES && failures.size() < 10; i++) {
            Probe p = target.valid().get();
            String what = mutate(p, random);
            failures.addAll(exchange(target, p, what).failures);
        }
        assertThat(failures).as(target.key()).isEmpty();
    }

    /**
     * Every bad date in each field or query value that holds a date, every bad phone number in each that holds a
     * phone number, and every odd JSON value in each JSON field that holds a number: the values most likely to
     * reach parsing code, tried exhaustively rather than by chance.
     */
    private Map<String, Probe> typedValues(Target target) {
        Map<String, Probe> probes = new LinkedHashMap<>();
        Probe template = target.valid().get();
        for (int i = 0; i < template.fields.size(); i++) {
            Map.Entry<String, String> f = template.fields.get(i);
            boolean json = template.kind == Probe.Kind.JSON;
            String plain = json && f.getValue().startsWith("\"") ? f.getValue().substring(1, f.getValue().length() - 1)
                    : f.getValue();
            for (String value : valuesLike(f.getKey(), plain, json && !f.getValue().startsWith("\""))) {
                Probe p = target.valid().get();
                p.fields.set(i, Map.entry(f.getKey(), json && !corpus.jsonValues.contains(value)
                        ? Corpus.jsonString(value) : value));
                probes.put("field " + f.getKey() + " = " + abbreviated(value), p);
            }
        }
        for (int i = 0; i < template.query.size(); i++) {
            Map.Entry<String, String> q = template.query.get(i);
            for (String value : valuesLike(q.getKey(), q.getValue(), false)) {
                Probe p = target.valid().get();
                p.query.set(i, Map.entry(q.getKey(), value));
                probes.put("query " + q.getKey() + " = " + abbreviated(value), p);
            }
        }
        return probes;
    }

    private List<String> valuesLike(String name, String value, boolean jsonNumber) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            return corpus.dates;
        }
        if (name.toLowerCase(java.util.Locale.ROOT).matches(".*(phone|digits)|from")) {
            return corpus.phones;
        }
        if (jsonNumber && value.matches("-?\\d+")) {
            return corpus.jsonValues;
        }
        return List.of();
    }

    private record Outcome(int status, String body, List<String> failures) {
    }

    /** Statuses answered, per route, for the summary printed at the end. */
    private final Map<String, java.util.SortedMap<Integer, Integer>> answered = new java.util.TreeMap<>();

    @org.junit.jupiter.api.AfterAll
    void summary() {
        int total = answered.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        StringBuilder b = new StringBuilder("Fuzz (seed " + SEED + ", " + TRIES + " tries): " + total + " requests\n");
        answered.forEach((route, statuses) -> b.append("  ").append(route).append(' ').append(statuses).append('\n'));
        System.out.print(b);
    }

    private void count(String route, int status) {
        answered.computeIfAbsent(route, k -> new java.util.TreeMap<>()).merge(status, 1, Integer::sum);
    }

    private Outcome exchange(Target target, Probe p, String what) {
        List<String> failures = new ArrayList<>();
        List<Long> before = counts();
        HttpResponse<String> r;
        try {
            r = send(p);
        } catch (IllegalArgumentException unsendable) {
            return new Outcome(0, "", failures); // a header value our own client refuses to send
        } catch (IOException e) {
            failures.add(what + ": no answer (" + e + ") to " + p.describe());
            return new Outcome(0, "", failures);
        }
        List<Long> after = counts();
        int status = r.statusCode();
        count(target.key(), status);
        String body = r.body();
        String type = r.headers().firstValue("Content-Type").orElse("");
        String seen = what + " → " + status + " " + type + " " + abbreviated(body) + "\n    request: " + p.describe();
        if (status >= 500) {
            failures.add("5xx: " + seen);
        }
        boolean api = p.template.startsWith("/api/") || p.template.startsWith("/sms/");
        if (api && status >= 400 && !p.method.equals("HEAD")) {
            var m = PROBLEM_STATUS.matcher(body);
            if (!type.startsWith("application/problem+json") || !m.find() || Integer.parseInt(m.group(1)) != status
                    || !body.contains("\"detail\"")) {
                failures.add("not a problem+json: " + seen);
            }
        }
        if (!api && status >= 400 && type.startsWith("text/html") && body.isBlank()) {
            failures.add("an empty error page: " + seen);
        }
        if (status >= 400 && !before.equals(after)) {
            failures.add("refused but stored " + changed(before, after) + ": " + seen);
        }
        if (status == 201) {
            for (String table : target.storesOnCreate()) {
                int i = WATCHED.indexOf(table);
                if (after.get(i) <= before.get(i)) {
                    failures.add("created but no row in " + table + ": " + seen);
                }
            }
        }
        return new Outcome(status, body, failures);
    }

    /** Replaces one part of a valid request by a hostile value; says which. */
    private String mutate(Probe p, Random random) {
        int choice = random.nextInt(12);
        boolean hasBody = p.kind != Probe.Kind.NONE;
        if (!hasBody && choice < 8) {
            choice = 8 + random.nextInt(4);
        }
        if (hasBody && p.fields.isEmpty() && choice < 6) {
            choice = 6;
        }
        switch (choice) {
            case 0, 1, 2, 3 -> {
                int i = random.nextInt(p.fields.size());
                String name = p.fields.get(i).getKey();
                String value = p.kind == Probe.Kind.JSON ? corpus.jsonValue(random) : corpus.text(random);
                p.fields.set(i, Map.entry(name, value));
                return "field " + name + " = " + abbreviated(value);
            }
            case 4 -> {
                int i = random.nextInt(p.fields.size());
                return "without field " + p.fields.remove(i).getKey();
            }
            case 5 -> {
                boolean duplicate = random.nextBoolean();
                String name = duplicate ? Corpus.pick(random, p.fields).getKey() : corpus.text(random);
                String value = p.kind == Probe.Kind.JSON ? corpus.jsonValue(random) : corpus.text(random);
                p.fields.add(Map.entry(name, value));
                return (duplicate ? "repeated field " : "unknown field ") + abbreviated(name);
            }
            case 6 -> {
                byte[] bytes = Corpus.pick(random, corpus.invalidUtf8);
                if (p.fields.isEmpty()) {
                    p.rawBody = null;
                    p.fields.add(Map.entry("x", p.kind == Probe.Kind.JSON ? "\"" + Probe.RAW_BYTES + "\"" : Probe.RAW_BYTES));
                } else {
                    int i = random.nextInt(p.fields.size());
                    p.fields.set(i, Map.entry(p.fields.get(i).getKey(),
                            p.kind == Probe.Kind.JSON ? "\"a" + Probe.RAW_BYTES + "b\"" : "a" + Probe.RAW_BYTES + "b"));
                }
                p.rawBytes = bytes;
                return "invalid UTF-8 " + java.util.HexFormat.of().formatHex(bytes);
            }
            case 7 -> {
                if (random.nextBoolean()) {
                    p.rawBody = Corpus.pick(random, corpus.bodies);
                    return "body " + abbreviated(p.rawBody);
                }
                p.contentType = Corpus.pick(random, corpus.contentTypes);
                return "content type " + p.contentType;
            }
            case 8, 9 -> {
                if (!p.path.isEmpty() && (p.query.isEmpty() || random.nextBoolean())) {
                    String name = Corpus.pick(random, List.copyOf(p.path.keySet()));
                    String value = corpus.text(random);
                    p.path.put(name, value.isEmpty() ? " " : value);
                    return "path {" + name + "} = " + abbreviated(value);
                }
                if (!p.query.isEmpty() && random.nextInt(4) > 0) {
                    int i = random.nextInt(p.query.size());
                    String value = corpus.text(random);
                    p.query.set(i, Map.entry(p.query.get(i).getKey(), value));
                    return "query " + p.query.get(i).getKey() + " = " + abbreviated(value);
                }
                String value = corpus.text(random);
                p.query.add(Map.entry(random.nextBoolean() && !p.query.isEmpty() ? p.query.get(0).getKey() : "x", value));
                return "extra query value " + abbreviated(value);
            }
            default -> {
                Map.Entry<String, String> h = Corpus.pick(random, corpus.headers);
                if (h.getKey().equals("Authorization") && !p.headers.containsKey("Authorization") && random.nextBoolean()) {
                    p.headers.remove("Authorization");
                    return "no Authorization";
                }
                p.headers.put(h.getKey(), h.getValue());
                return "header " + h.getKey() + ": " + abbreviated(h.getValue());
            }
        }
    }

    private HttpResponse<String> send(Probe p) throws IOException {
        byte[] body = p.body();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURI() + p.uri()))
                .timeout(Duration.ofSeconds(30))
                .method(p.method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", p.template.startsWith("/api/") ? "application/json"
                : p.template.startsWith("/sms/") ? "*/*" : "text/html,application/xhtml+xml,*/*;q=0.8");
        headers.put("X-Forwarded-For", "10.77." + ThreadRandom.next(250) + "." + (1 + ThreadRandom.next(250)));
        if (p.contentType != null && !p.contentType.isEmpty()) {
            headers.put("Content-Type", p.contentType);
        }
        if (p.signFor != null) {
            headers.put("X-Twilio-Signature", TwilioSignatures.sign(TWILIO_TOKEN, p.signFor, p.formParams()));
        }
        headers.putAll(p.headers);
        headers.forEach((name, value) -> {
            if (!value.isEmpty() || !name.equals("Authorization")) {
                b.header(name, value);
            }
        });
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    // ---- forms ---------------------------------------------------------------------------------------------------

    private void fuzzForm(FormTarget target) {
        Random random = new Random(SEED ^ target.key().hashCode());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < FORM_TRIES && failures.size() < 10; ) {
            // a new visitor every few tries: a visitor's misses are limited (a 429 page is a fine answer, but
            // answers nothing further)
            try (WebSession citizen = new WebSession(server, "10.78." + random.nextInt(250) + "." + (1 + random.nextInt(250)))) {
              for (int j = 0; j < 5 && i < FORM_TRIES; j++, i++) {
                WebSession.Page shown = citizen.get(target.page());
                assertThat(shown.status()).as(target.page() + ": " + abbreviated(shown.body())).isEqualTo(200);
                PageForm form = PageForm.of(citizen, target.page(), shown, target.selector());
                String what = spoil(form, random);
                List<Long> before = counts();
                WebSession.Page answer = form.submit();
                List<Long> after = counts();
                count(target.key() + " (form)", answer.status());
                failures.addAll(judgePage(what, answer, before, after));
              }
            }
        }
        assertThat(failures).as(target.key()).isEmpty();
    }

    private void fuzzHandPosted(String path, List<String> names) {
        Random random = new Random(SEED ^ path.hashCode());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < FORM_TRIES / 2 && failures.size() < 10; i++) {
            try (WebSession citizen = new WebSession(server, "10.79." + random.nextInt(250) + "." + (1 + random.nextInt(250)))) {
                citizen.get("/tra-cuu");
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("code", trackingCode);
                fields.put("digits", trackingDigits);
                names.stream().skip(2).forEach(n -> fields.put(n, n.equals("verdict") ? "SATISFIED" : "Chưa rõ"));
                String name = Corpus.pick(random, names);
                String value = corpus.text(random);
                fields.put(name, value);
                List<Long> before = counts();
                WebSession.Page answer = citizen.post(path, fields);
                List<Long> after = counts();
                count("POST " + path + " (form)", answer.status());
                failures.addAll(judgePage(name + " = " + abbreviated(value), answer, before, after));
            }
        }
        assertThat(failures).as("POST " + path).isEmpty();
    }

    /** Puts a hostile value into one field of the rendered form (a select gets an option the page never offered). */
    private String spoil(PageForm form, Random random) {
        FormElement element = form.element();
        List<Element> fields = element.elements().stream()
                .filter(e -> !e.attr("name").isEmpty() && !e.attr("type").equalsIgnoreCase("submit"))
                .filter(e -> !e.attr("type").equalsIgnoreCase("hidden") || random.nextInt(4) == 0)
                .toList();
        Element field = Corpus.pick(random, fields);
        String name = field.attr("name");
        if (field.attr("type").equalsIgnoreCase("file")) {
            byte[] content = Corpus.pick(random, List.of(new byte[0], "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                    "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
            String filename = corpus.text(random);
            form.attach(name, filename.isEmpty() ? "x" : filename, MediaType.of(Corpus.pick(random,
                    List.of("image/png", "application/pdf", "text/html", "application/octet-stream"))), content);
            return "file " + name + " named " + abbreviated(filename) + " (" + content.length + " bytes)";
        }
        String value = corpus.text(random);
        switch (field.normalName()) {
            case "select" -> {
                field.select("option").removeAttr("selected");
                field.appendElement("option").val(value).attr("selected", "selected");
            }
            case "textarea" -> field.text(value);
            default -> {
                String type = field.attr("type").toLowerCase();
                if (type.equals("checkbox") || type.equals("radio")) {
                    field.val(value).attr("checked", "checked");
                } else {
                    field.val(value);
                }
            }
        }
        return name + " = " + abbreviated(value);
    }

    private List<String> judgePage(String what, WebSession.Page answer, List<Long> before, List<Long> after) {
        List<String> failures = new ArrayList<>();
        String seen = what + " → " + answer.status() + " " + answer.contentType() + " " + abbreviated(answer.body());
        if (answer.status() >= 500) {
            failures.add("5xx: " + seen);
            return failures;
        }
        if (answer.status() >= 300 && answer.status() < 400) {
            return failures; // accepted (or sent on), the next page shows the outcome
        }
        boolean refused = answer.status() >= 400;
        if (!answer.contentType().startsWith("text/html")) {
            failures.add("not a page: " + seen);
            return failures;
        }
        Document html = answer.html();
        boolean message = html.selectFirst(".field-error, .form-error, [role=alert], .notice, .error, "
                + "[data-testid$=-error], [data-testid$=-errors], [data-testid$=-notice]") != null;
        if (html.title().isBlank() || html.body().text().isBlank()) {
            failures.add("not a readable page: " + seen);
        }
        if (refused && !message && html.selectFirst("h1") == null) {
            failures.add("refused without a message: " + seen);
        }
        if ((refused || message) && !before.equals(after)) {
            failures.add("refused but stored " + changed(before, after) + ": " + seen);
        }
        return failures;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Probe json(String method, String template, String token) {
        Probe p = new Probe(method, template, Probe.Kind.JSON);
        return token == null ? p : p.header("Authorization", "Bearer " + token);
    }

    private Probe get(String template, String token) {
        Probe p = new Probe("GET", template, Probe.Kind.NONE);
        return token == null ? p : p.header("Authorization", "Bearer " + token);
    }

    private Probe html(String method, String template) {
        return new Probe(method, template, Probe.Kind.NONE);
    }

    private Target page(String path, Map<String, String> query) {
        return new Target("GET", path, () -> {
            Probe p = html("GET", path);
            new java.util.TreeMap<>(query).forEach(p::query);
            return p;
        }, Set.of());
    }

    private Probe twilio(String path) {
        Probe p = new Probe("POST", path, Probe.Kind.FORM);
        p.signFor = PUBLIC_URL + path;
        return p;
    }

    private Probe inboundSms() {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        return twilio("/sms/twilio/inbound").field("ToCountry", "US").field("SmsMessageSid", sid).field("NumMedia", "0")
                .field("SmsSid", sid).field("SmsStatus", "received").field("Body", "5 rat hai long")
                .field("To", "+15005550006").field("NumSegments", "1").field("MessageSid", sid)
                .field("AccountSid", TWILIO_ACCOUNT).field("From", "+8498" + String.format("%07d", ThreadRandom.next(10_000_000)))
                .field("FromCountry", "VN").field("ApiVersion", "2010-04-01");
    }

    private String pairingCode() {
        Api.Response code = new Api(server).post("/api/v1/kiosks/" + pairingKiosk + "/pairing-codes", w.admin, "");
        assertThat(code.status()).as(code.body()).isEqualTo(201);
        return field(code.body(), "code");
    }

    private List<Long> counts() {
        String select = "SELECT CONCAT_WS(',', " + String.join(", ",
                WATCHED.stream().map(t -> "(SELECT COUNT(*) FROM " + t + ")").toList()) + ")";
        return java.util.Arrays.stream(sql.column(select).get(0).split(",")).map(Long::valueOf).toList();
    }

    private static String changed(List<Long> before, List<Long> after) {
        Set<String> tables = new LinkedHashSet<>();
        for (int i = 0; i < WATCHED.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                tables.add(WATCHED.get(i) + " " + before.get(i) + "→" + after.get(i));
            }
        }
        return tables.toString();
    }

    private static String abbreviated(String s) {
        String one = s.replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\0");
        return one.length() > 160 ? one.substring(0, 160) + "…(" + s.length() + " chars)" : one;
    }

    /** Client addresses and phone numbers that need not repeat across runs (not part of the seeded sequence). */
    private static final class ThreadRandom {
        static int next(int bound) {
            return java.util.concurrent.ThreadLocalRandom.current().nextInt(bound);
        }
    }
}
