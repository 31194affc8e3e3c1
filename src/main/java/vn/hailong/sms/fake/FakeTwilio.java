package vn.hailong.sms.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A local stand-in for Twilio's Messages API, speaking its wire format so that the real SDK path runs offline
 * (stack-notes.md §Twilio): {@code POST} and {@code GET /2010-04-01/Accounts/{Sid}/Messages.json} (form-encoded
 * create with To, From or MessagingServiceSid, Body, StatusCallback; list filtered by {@code To}, {@code From},
 * {@code DateSent>} / {@code DateSent<}, paged by {@code PageSize} and {@code Page} with the filters carried in
 * {@code next_page_uri}), {@code GET .../Messages/{MessageSid}.json}; HTTP Basic auth checked (401, code 20003);
 * RFC 2822 dates, numeric error codes, {@code price_unit} USD; a To that is not E.164 gets
 * {@code 400 {"code": 21211, ...}}, a number marked unsubscribed {@code 400 {"code": 21610, ...}}.
 * <p>
 * It keeps messages in memory. Created messages are "sent" at once; {@link #deliver} posts a signed status callback
 * ({@link TwilioSignatures}); with {@link #autoDeliver(boolean)} every created message gets "sent" and "delivered"
 * callbacks a moment later (the demo). {@link #failNext} makes the next creates fail. {@link #simulateInbound} is a
 * citizen's SMS: added to the list (direction inbound, To = {@link #number()}) and, unless
 * {@link #deliverInbound(boolean)} is off (an outage, for reconciliation tests), posted signed to the inbound URL;
 * a {@code <Message>} in the TwiML answer is recorded as the reply Twilio would send.
 * <p>
 * In a test:
 * <pre>
 * static final FakeTwilio twilio = FakeTwilio.startOnFreePort();   // port 0; close() in @AfterAll
 *
 * &#64;MicronautTest(transactional = false)
 * class MyIT implements TestPropertyProvider {
 *     public Map&lt;String, String&gt; getProperties() {
 *         return twilio.properties();            // hailong.twilio.account-sid, auth-token, from, api-base-url
 *     }
 *     ... twilio.inboundUrl(server.getURL() + "/sms/twilio/inbound");   // where simulated replies go
 *     ... twilio.sent()  /  twilio.failNext(1, 503, 20500, "down")  /  twilio.deliver(sid, "delivered")
 * }
 * </pre>
 * Status callbacks and inbound posts are signed with the URL as given (StatusCallback, {@link #inboundUrl}): the
 * service validates against {@code hailong.public-base-url}, so set that to the test server's URL.
 */
public final class FakeTwilio implements AutoCloseable {

    public static final String ACCOUNT_SID = "ACfa4e0000000000000000000000000001";
    public static final String AUTH_TOKEN = "fake-twilio-auth-token-0001";
    public static final String NUMBER = "+84899990000";

    private static final Logger LOG = LoggerFactory.getLogger(FakeTwilio.class);
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.US).withZone(ZoneOffset.UTC);
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages(?:/([^/]+))?\\.json");
    private static final Pattern TWIML_MESSAGE = Pattern.compile("<Message[^>]*>(?:\\s*<Body>)?(.*?)(?:</Body>\\s*)?</Message>",
            Pattern.DOTALL);

    private final String accountSid;
    private final String authToken;
    private final String number;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final List<FakeMessage> messages = new CopyOnWriteArrayList<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private final Set<String> unsubscribed = new HashSet<>();
    private final Map<String, Failure> failuresTo = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-twilio-callbacks");
        t.setDaemon(true);
        return t;
    });
    private volatile HttpServer server;
    private volatile String inboundUrl;
    private volatile boolean deliverInbound = true;
    private volatile boolean autoDeliver;

    private record Failure(int status, int code, String message) {
    }

    public FakeTwilio(String accountSid, String authToken, String number, Clock clock) {
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.number = number;
        this.clock = clock;
    }

    public FakeTwilio(Clock clock) {
        this(ACCOUNT_SID, AUTH_TOKEN, NUMBER, clock);
    }

    /** The fake with the default account on a free port, on the system clock. */
    public static FakeTwilio startOnFreePort() {
        return new FakeTwilio(Clock.systemUTC()).start(0);
    }

    public FakeTwilio start(int port) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            s.createContext("/", this::handle);
            s.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "fake-twilio");
                t.setDaemon(true);
                return t;
            }));
            s.start();
            server = s;
            LOG.info("Fake Twilio listening on {}", baseUrl());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        HttpServer s = server;
        if (s != null) {
            s.stop(0);
            server = null;
        }
        later.shutdownNow();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String accountSid() {
        return accountSid;
    }

    public String authToken() {
        return authToken;
    }

    public String number() {
        return number;
    }

    /** The {@code hailong.twilio.*} properties that point a service at this fake. */
    public Map<String, String> properties() {
        return Map.of("hailong.twilio.account-sid", accountSid, "hailong.twilio.auth-token", authToken,
                "hailong.twilio.from", number, "hailong.twilio.api-base-url", baseUrl());
    }

    /** Where simulated citizen messages are posted (the service's {@code /sms/twilio/inbound}). */
    public FakeTwilio inboundUrl(String url) {
        this.inboundUrl = url;
        return this;
    }

    /** Off: simulated inbound messages are only recorded (Twilio could not reach the service). */
    public FakeTwilio deliverInbound(boolean deliver) {
        this.deliverInbound = deliver;
        return this;
    }

    /** On: each created message gets "sent" and "delivered" callbacks shortly after (the demo). */
    public FakeTwilio autoDeliver(boolean on) {
        this.autoDeliver = on;
        return this;
    }

    /** The next {@code times} creates answer {@code status} with Twilio's error {@code code}. */
    public synchronized FakeTwilio failNext(int times, int status, int code, String message) {
        for (int i = 0; i < times; i++) {
            failures.add(new Failure(status, code, message));
        }
        return this;
    }

    /** The next create to this number answers {@code status} with Twilio's error {@code code}. */
    public synchronized FakeTwilio failNextTo(String e164, int status, int code, String message) {
        failuresTo.put(e164, new Failure(status, code, message));
        return this;
    }

    /** Creates to this number answer 21610 (the recipient replied STOP to Twilio itself). */
    public synchronized FakeTwilio unsubscribe(String e164) {
        unsubscribed.add(e164);
        return this;
    }

    /** Forgets every message and scripted failure. */
    public synchronized void reset() {
        messages.clear();
        failures.clear();
        failuresTo.clear();
        unsubscribed.clear();
        deliverInbound = true;
    }

    /** Every message, oldest first. */
    public List<FakeMessage> messages() {
        return List.copyOf(messages);
    }

    /** The messages the service created (and TwiML replies), oldest first. */
    public List<FakeMessage> sent() {
        return messages.stream().filter(m -> !m.inbound()).toList();
    }

    public List<FakeMessage> sentTo(String e164) {
        return sent().stream().filter(m -> m.to().equals(e164)).toList();
    }

    /**
     * Sets a message's status and posts the signed status callback to its StatusCallback.
     * @return the callback's HTTP status, or -1 when the message has no callback URL
     */
    public int deliver(String sid, String status) {
        return deliver(sid, status, null);
    }

    public int deliver(String sid, String status, Integer errorCode) {
        FakeMessage m = update(sid, status, errorCode);
        if (m.statusCallback() == null || m.statusCallback().isBlank()) {
            return -1;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", accountSid);
        params.put("ApiVersion", "2010-04-01");
        params.put("From", m.from() == null ? "" : m.from());
        params.put("To", m.to());
        params.put("MessageSid", sid);
        params.put("SmsSid", sid);
        params.put("MessageStatus", status);
        params.put("SmsStatus", status);
        if (m.messagingServiceSid() != null) {
            params.put("MessagingServiceSid", m.messagingServiceSid());
        }
        if (errorCode != null) {
            params.put("ErrorCode", String.valueOf(errorCode));
        }
        return post(m.statusCallback(), params).statusCode();
    }

    /**
     * A citizen's SMS to {@link #number()}: recorded, and posted signed to the inbound URL unless delivery is off.
     * @return the message; its TwiML reply, if any, is among {@link #sent()}
     */
    public FakeMessage simulateInbound(String from, String body) {
        Instant now = clock.instant();
        FakeMessage m = new FakeMessage(newSid("SM"), "inbound", from, number, null, body, "received", now, now, null,
                null, null);
        messages.add(m);
        if (deliverInbound && inboundUrl != null) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("AccountSid", accountSid);
            params.put("ApiVersion", "2010-04-01");
            params.put("MessageSid", m.sid());
            params.put("SmsSid", m.sid());
            params.put("SmsMessageSid", m.sid());
            params.put("From", from);
            params.put("To", number);
            params.put("Body", body);
            params.put("NumMedia", "0");
            params.put("NumSegments", "1");
            params.put("SmsStatus", "received");
            params.put("FromCountry", "VN");
            params.put("ToCountry", "VN");
            HttpResponse<String> answer = post(inboundUrl, params);
            Matcher reply = TWIML_MESSAGE.matcher(answer.body() == null ? "" : answer.body());
            if (answer.statusCode() / 100 == 2 && reply.find()) {
                messages.add(new FakeMessage(newSid("SM"), "outbound-reply", number, from, null, xmlText(reply.group(1)),
                        "sent", clock.instant(), clock.instant(), null, null, null));
            }
        }
        return m;
    }

    private synchronized FakeMessage update(String sid, String status, Integer errorCode) {
        for (int i = 0; i < messages.size(); i++) {
            FakeMessage m = messages.get(i);
            if (m.sid().equals(sid)) {
                FakeMessage changed = m.withStatus(status, clock.instant(), errorCode,
                        errorCode == null ? null : "Error " + errorCode);
                messages.set(i, changed);
                return changed;
            }
        }
        throw new IllegalArgumentException("No message " + sid);
    }

    private HttpResponse<String> post(String url, Map<String, String> params) {
        String form = params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("X-Twilio-Signature", TwilioSignatures.sign(authToken, url, params))
                .header("User-Agent", "TwilioProxy/1.1 (HaiLong fake)")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("The fake Twilio could not reach " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- the HTTP side

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Matcher path = MESSAGES.matcher(ex.getRequestURI().getRawPath());
            if (!path.matches()) {
                error(ex, 404, 20404, "The requested resource " + ex.getRequestURI().getPath() + " was not found");
                return;
            }
            if (!path.group(1).equals(accountSid) || !authorised(ex)) {
                error(ex, 401, 20003, "Authenticate");
                return;
            }
            String method = ex.getRequestMethod();
            if (path.group(2) != null && method.equals("GET")) {
                one(ex, path.group(2));
            } else if (path.group(2) == null && method.equals("POST")) {
                create(ex, form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            } else if (path.group(2) == null && method.equals("GET")) {
                list(ex, form(ex.getRequestURI().getRawQuery()));
            } else {
                error(ex, 405, 20004, "Method not allowed");
            }
        } catch (RuntimeException e) {
            LOG.warn("Fake Twilio failed on {}", ex.getRequestURI(), e);
        }
    }

    private boolean authorised(HttpExchange ex) {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((accountSid + ":" + authToken)
                .getBytes(StandardCharsets.UTF_8));
        return expected.equals(header);
    }

    private void create(HttpExchange ex, Map<String, String> f) throws IOException {
        Failure failure;
        synchronized (this) {
            failure = failuresTo.remove(f.getOrDefault("To", "").strip());
            if (failure == null) {
                failure = failures.poll();
            }
        }
        if (failure != null) {
            error(ex, failure.status(), failure.code(), failure.message());
            return;
        }
        String to = f.getOrDefault("To", "").strip();
        String from = f.get("From");
        String service = f.get("MessagingServiceSid");
        String body = f.get("Body");
        if (!E164.matcher(to).matches()) {
            error(ex, 400, 21211, "Invalid 'To' Phone Number: " + to);
            return;
        }
        if ((from == null || from.isBlank()) && (service == null || service.isBlank())) {
            error(ex, 400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message");
            return;
        }
        if (body == null || body.isEmpty()) {
            error(ex, 400, 21602, "Message body is required.");
            return;
        }
        synchronized (this) {
            if (unsubscribed.contains(to)) {
                error(ex, 400, 21610, "Attempt to send to unsubscribed recipient");
                return;
            }
        }
        Instant now = clock.instant();
        String sid = newSid("SM");
        FakeMessage created = new FakeMessage(sid, "outbound-api", from == null || from.isBlank() ? number : from, to,
                service, body, "queued", now, null, f.get("StatusCallback"), null, null);
        write(ex, 201, resource(created));
        // the fake carrier is instant: the stored message is sent at once
        messages.add(created.withStatus("sent", now, null, null));
        if (autoDeliver && created.statusCallback() != null) {
            later.schedule(() -> quietly(sid, "sent"), 500, TimeUnit.MILLISECONDS);
            later.schedule(() -> quietly(sid, "delivered"), 1500, TimeUnit.MILLISECONDS);
        }
    }

    private void quietly(String sid, String status) {
        try {
            deliver(sid, status);
        } catch (RuntimeException e) {
            LOG.info("Fake Twilio: status callback for {} not delivered: {}", sid, e.getMessage());
        }
    }

    private void one(HttpExchange ex, String sid) throws IOException {
        FakeMessage m = messages.stream().filter(x -> x.sid().equals(sid)).findFirst().orElse(null);
        if (m == null) {
            error(ex, 404, 20404, "The requested resource was not found");
        } else {
            write(ex, 200, resource(m));
        }
    }

    private void list(HttpExchange ex, Map<String, String> q) throws IOException {
        String to = q.get("To");
        String from = q.get("From");
        Instant after = instant(q.get("DateSent>"));
        Instant before = instant(q.get("DateSent<"));
        Instant on = instant(q.get("DateSent"));
        int pageSize = Math.max(1, Math.min(1000, parseInt(q.get("PageSize"), 50)));
        int page = Math.max(0, parseInt(q.get("Page"), 0));
        List<FakeMessage> matching = messages.stream()
                .filter(m -> to == null || to.equals(m.to()))
                .filter(m -> from == null || from.equals(m.from()))
                .filter(m -> after == null || (m.dateSent() != null && !m.dateSent().isBefore(after)))
                .filter(m -> before == null || (m.dateSent() != null && m.dateSent().isBefore(before)))
                .filter(m -> on == null || (m.dateSent() != null
                        && m.dateSent().atZone(ZoneOffset.UTC).toLocalDate().equals(on.atZone(ZoneOffset.UTC).toLocalDate())))
                .sorted(Comparator.comparing(FakeMessage::dateCreated).reversed())
                .toList();
        int start = Math.min(matching.size(), page * pageSize);
        int end = Math.min(matching.size(), start + pageSize);
        Map<String, String> filters = new LinkedHashMap<>();
        for (String key : List.of("To", "From", "DateSent", "DateSent>", "DateSent<")) {
            if (q.containsKey(key)) {
                filters.put(key, q.get(key));
            }
        }
        String base = "/2010-04-01/Accounts/" + accountSid + "/Messages.json";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messages", matching.subList(start, end).stream().map(this::resource).toList());
        body.put("end", Math.max(start, end - 1));
        body.put("first_page_uri", pageUri(base, filters, pageSize, 0));
        body.put("next_page_uri", end < matching.size() ? pageUri(base, filters, pageSize, page + 1) : null);
        body.put("page", page);
        body.put("page_size", pageSize);
        body.put("previous_page_uri", page > 0 ? pageUri(base, filters, pageSize, page - 1) : null);
        body.put("start", start);
        body.put("uri", pageUri(base, filters, pageSize, page));
        write(ex, 200, body);
    }

    private static String pageUri(String base, Map<String, String> filters, int pageSize, int page) {
        StringBuilder uri = new StringBuilder(base).append('?');
        filters.forEach((k, v) -> uri.append(enc(k)).append('=').append(enc(v)).append('&'));
        uri.append("PageSize=").append(pageSize).append("&Page=").append(page);
        if (page > 0) {
            uri.append("&PageToken=PA").append(page);
        }
        return uri.toString();
    }

    private Map<String, Object> resource(FakeMessage m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("account_sid", accountSid);
        r.put("api_version", "2010-04-01");
        r.put("body", m.body());
        r.put("date_created", RFC_2822.format(m.dateCreated()));
        r.put("date_sent", m.dateSent() == null ? null : RFC_2822.format(m.dateSent()));
        r.put("date_updated", RFC_2822.format(m.dateSent() == null ? m.dateCreated() : m.dateSent()));
        r.put("direction", m.direction());
        r.put("error_code", m.errorCode());
        r.put("error_message", m.errorMessage());
        r.put("from", m.from());
        r.put("messaging_service_sid", m.messagingServiceSid());
        r.put("num_media", "0");
        r.put("num_segments", "1");
        r.put("price", m.inbound() ? null : "-0.04");
        r.put("price_unit", "USD");
        r.put("sid", m.sid());
        r.put("status", m.status());
        r.put("subresource_uris", Map.of("media", "/2010-04-01/Accounts/" + accountSid + "/Messages/" + m.sid()
                + "/Media.json"));
        r.put("to", m.to());
        r.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Messages/" + m.sid() + ".json");
        return r;
    }

    private void error(HttpExchange ex, int status, int code, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        body.put("status", status);
        write(ex, status, body);
    }

    private void write(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String newSid(String prefix) {
        return prefix + String.format("%032x", sequence.incrementAndGet() + (clock.millis() << 20));
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return d.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (v.endsWith("Z") || v.matches(".*[+-][0-9]{2}:?[0-9]{2}$")) {
                return OffsetDateTime.parse(v.replaceAll("([+-][0-9]{2})([0-9]{2})$", "$1:$2")).toInstant();
            }
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int parseInt(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private static String xmlText(String s) {
        return s.strip().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
