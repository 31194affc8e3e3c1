package vn.hailong.invitations.replies;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal Twilio for the reconciliation tests: {@code GET /2010-04-01/Accounts/{Sid}/Messages.json} in Twilio's
 * wire format (stack-notes.md §Twilio): HTTP Basic with the account SID and auth token, the filters {@code To},
 * {@code From}, {@code DateSent>}, {@code DateSent<} and {@code DateSent}, newest first, pages of at most
 * {@link #maxPageSize} with a {@code next_page_uri} that carries the filters, RFC 2822 dates, {@code direction},
 * {@code status}, {@code price_unit}. It records every query it answered.
 */
public final class FakeTwilioMessages implements AutoCloseable {

    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.US).withZone(ZoneOffset.UTC);
    private static final Pattern LIST = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");

    /** One message in Twilio's list. */
    public record Listed(String sid, String from, String to, String body, String direction, String status,
                         Instant dateSent, String messagingServiceSid) {

        public static Listed inbound(String sid, String from, String to, String body, Instant at) {
            return new Listed(sid, from, to, body, "inbound", "received", at, null);
        }
    }

    private final String accountSid;
    private final String authToken;
    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Listed> messages = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile int maxPageSize = 50;
    private volatile boolean down;

    public FakeTwilioMessages(String accountSid, String authToken) {
        this.accountSid = accountSid;
        this.authToken = authToken;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void add(Listed message) {
        messages.add(message);
    }

    public void clear() {
        messages.clear();
        queries.clear();
    }

    public void maxPageSize(int size) {
        maxPageSize = size;
    }

    /** While down, every request gets Twilio's 503. */
    public void down(boolean down) {
        this.down = down;
    }

    /** The query strings answered, decoded, in order. */
    public List<String> queries() {
        return List.copyOf(queries);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = LIST.matcher(exchange.getRequestURI().getPath());
            if (!exchange.getRequestMethod().equals("GET") || !path.matches()) {
                send(exchange, 404, error(20404, "The requested resource was not found", 404));
                return;
            }
            String expected = "Basic " + Base64.getEncoder().encodeToString((accountSid + ":" + authToken)
                    .getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    || !path.group(1).equals(accountSid)) {
                send(exchange, 401, error(20003, "Authenticate", 401));
                return;
            }
            if (down) {
                send(exchange, 503, error(20500, "Service unavailable", 503));
                return;
            }
            Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
            queries.add(q.toString());
            send(exchange, 200, page(path.group(0), q));
        }
    }

    private Map<String, Object> page(String path, Map<String, String> q) {
        List<Listed> found = new ArrayList<>(messages.stream().filter(m -> matches(m, q)).toList());
        found.sort(Comparator.comparing(Listed::dateSent).reversed().thenComparing(Listed::sid));
        int size = Math.min(maxPageSize, q.containsKey("PageSize") ? Integer.parseInt(q.get("PageSize")) : 50);
        int page = q.containsKey("Page") ? Integer.parseInt(q.get("Page")) : 0;
        int from = Math.min(found.size(), page * size);
        int to = Math.min(found.size(), from + size);
        Map<String, String> filters = new LinkedHashMap<>(q);
        filters.keySet().removeAll(List.of("PageSize", "Page", "PageToken"));
        String uriBase = path + "?" + encode(filters) + (filters.isEmpty() ? "" : "&") + "PageSize=" + size;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("end", Math.max(from, to - 1));
        body.put("first_page_uri", uriBase + "&Page=0");
        body.put("messages", found.subList(from, to).stream().map(this::message).toList());
        body.put("next_page_uri", to < found.size()
                ? uriBase + "&Page=" + (page + 1) + "&PageToken=PA" + found.get(to - 1).sid() : null);
        body.put("page", page);
        body.put("page_size", size);
        body.put("previous_page_uri", page > 0 ? uriBase + "&Page=" + (page - 1) : null);
        body.put("start", from);
        body.put("uri", uriBase + "&Page=" + page);
        return body;
    }

    private boolean matches(Listed m, Map<String, String> q) {
        if (q.containsKey("To") && !q.get("To").equals(m.to())) {
            return false;
        }
        if (q.containsKey("From") && !q.get("From").equals(m.from())) {
            return false;
        }
        if (q.containsKey("DateSent>") && m.dateSent().isBefore(instant(q.get("DateSent>")))) {
            return false;
        }
        if (q.containsKey("DateSent<") && m.dateSent().isAfter(instant(q.get("DateSent<")))) {
            return false;
        }
        return !q.containsKey("DateSent")
                || m.dateSent().atZone(ZoneOffset.UTC).toLocalDate().equals(LocalDate.parse(q.get("DateSent")));
    }

    /** Twilio takes a UTC date-time ({@code 2026-12-04T01:00:00}, what the SDK sends) or a date. */
    private static Instant instant(String value) {
        String v = value.endsWith("Z") ? value.substring(0, value.length() - 1) : value;
        return v.contains("T") ? LocalDateTime.parse(v).toInstant(ZoneOffset.UTC)
                : LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private Map<String, Object> message(Listed m) {
        Map<String, Object> o = new LinkedHashMap<>();
        String uri = "/2010-04-01/Accounts/" + accountSid + "/Messages/" + m.sid();
        o.put("account_sid", accountSid);
        o.put("api_version", "2010-04-01");
        o.put("body", m.body());
        o.put("date_created", RFC_2822.format(m.dateSent()));
        o.put("date_sent", RFC_2822.format(m.dateSent()));
        o.put("date_updated", RFC_2822.format(m.dateSent()));
        o.put("direction", m.direction());
        o.put("error_code", null);
        o.put("error_message", null);
        o.put("from", m.from());
        o.put("messaging_service_sid", m.messagingServiceSid());
        o.put("num_media", "0");
        o.put("num_segments", "1");
        o.put("price", m.direction().equals("inbound") ? "-0.00750" : "-0.05000");
        o.put("price_unit", "USD");
        o.put("sid", m.sid());
        o.put("status", m.status());
        o.put("subresource_uris", Map.of("media", uri + "/Media.json", "feedback", uri + "/Feedback.json"));
        o.put("to", m.to());
        o.put("uri", uri + ".json");
        return o;
    }

    private static Map<String, Object> error(int code, String message, int status) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", code);
        o.put("message", message);
        o.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        o.put("status", status);
        return o;
    }

    private void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            q.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    private static String encode(Map<String, String> q) {
        return String.join("&", q.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    }
}
