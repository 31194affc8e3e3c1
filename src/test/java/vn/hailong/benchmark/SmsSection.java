package vn.hailong.benchmark;

import vn.hailong.sms.fake.TwilioSignatures;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Twilio's webhooks at a fixed rate (issue 12 §1): signed inbound messages ({@code POST /sms/twilio/inbound}, each a
 * new MessageSid from a new mobile number) and delivery status callbacks ({@code POST /sms/twilio/status}), open
 * loop, beside {@code GET /health} at the same rate (the cheapest request the same server answers); then the check
 * that each inbound message answered is stored once.
 */
final class SmsSection implements ServiceSection {

    private static final double SETTLE_SECONDS = 5;
    private static final int SENDERS = 32;
    private static final String INBOUND = "/sms/twilio/inbound";
    private static final String STATUS = "/sms/twilio/status";

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public void run(BenchService service, LoadSettings load, Report report) throws Exception {
        LongAdder inboundAnswered = new LongAdder();
        Map<String, OpenLoop.Call> calls = new LinkedHashMap<>();
        calls.put("`GET /health` (baseline)", () -> answered(service, HttpRequest.newBuilder(service.uri("/health"))
                .timeout(Duration.ofSeconds(30)).build(), 200));
        calls.put("`POST " + INBOUND + "`, signed, a rating reply (\"5 …\")", () -> {
            answered(service, signed(service, INBOUND, inbound(service)), 200);
            inboundAnswered.increment();
            return true;
        });
        calls.put("`POST " + STATUS + "`, signed, delivered", () ->
                answered(service, signed(service, STATUS, delivered(service)), 204));
        Map<String, Measured> measured = new LinkedHashMap<>();
        for (Map.Entry<String, OpenLoop.Call> call : calls.entrySet()) {
            Measured m = OpenLoop.run(load.smsRate(), call.getValue(), SENDERS, SETTLE_SECONDS, load.smsSeconds());
            Benchmark.log("sms: " + call.getKey() + " at " + load.smsRate() + "/s: p50 " + Report.ms(m.p50()) + ", p99 "
                    + Report.ms(m.p99()) + ", failed " + m.failuresText());
            measured.put(call.getKey(), m);
        }
        long stored = storedInbound(service.database);

        report.heading("SMS webhooks: Twilio's requests at a fixed rate");
        report.note("Open loop at " + load.smsRate() + " requests/s (latency from when each was due), "
                + SETTLE_SECONDS + " s not counted, then " + load.smsSeconds() + " s measured, each kind on its own. "
                + "Signed with X-Twilio-Signature (HMAC-SHA1 over " + BenchService.PUBLIC_BASE_URL + " + path, as "
                + "Twilio signs the public URL). Inbound: a new MessageSid from a new +8491… number each time, body "
                + "\"5 cam on\": the signature check, the message stored once with its sender encrypted, the reply "
                + "parsed and answered in TwiML (no dossier was invited to that number, so no rating is stored). "
                + "Status: `delivered` for a MessageSid the service never sent (answered 204).\n");
        Report.Table table = report.table("request", "rate", "answered", "p50", "p99", "max", "failed");
        measured.forEach((name, m) -> table.row(name, load.smsRate() + "/s", m.ok(), Report.ms(m.p50()),
                Report.ms(m.p99()), Report.ms(m.max()), m.failuresText()));
        report.note("Inbound messages answered 200 (settling included): " + inboundAnswered.sum()
                + "; rows in sms_inbound: " + stored + (stored == inboundAnswered.sum() ? " (each stored once)."
                : " (NOT one row per answered message)."));
    }

    /** True when the answer has the status expected, else {@link Measured.Refused}. */
    private static boolean answered(BenchService service, HttpRequest request, int expected) throws Exception {
        int status = service.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != expected) {
            throw new Measured.Refused("HTTP " + status);
        }
        return true;
    }

    private static HttpRequest signed(BenchService service, String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        URI uri = service.uri(path);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("User-Agent", "TwilioProxy/1.1")
                .header("X-Twilio-Signature", TwilioSignatures.sign(service.twilio.authToken(),
                        BenchService.PUBLIC_BASE_URL + path, form))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** Twilio's form for a citizen's message to our number. */
    private static Map<String, String> inbound(BenchService service) {
        String sid = sid();
        String from = "+8491" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ToCountry", "VN");
        form.put("SmsMessageSid", sid);
        form.put("NumMedia", "0");
        form.put("SmsSid", sid);
        form.put("SmsStatus", "received");
        form.put("Body", "5 cam on");
        form.put("To", service.twilio.number());
        form.put("NumSegments", "1");
        form.put("MessageSid", sid);
        form.put("AccountSid", service.twilio.accountSid());
        form.put("From", from);
        form.put("FromCountry", "VN");
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    /** Twilio's delivery status callback. */
    private static Map<String, String> delivered(BenchService service) {
        String sid = sid();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("SmsSid", sid);
        form.put("SmsStatus", "delivered");
        form.put("MessageStatus", "delivered");
        form.put("To", "+8498" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
        form.put("MessageSid", sid);
        form.put("AccountSid", service.twilio.accountSid());
        form.put("From", service.twilio.number());
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    private static String sid() {
        byte[] b = new byte[16];
        ThreadLocalRandom.current().nextBytes(b);
        return "SM" + HexFormat.of().formatHex(b);
    }

    private static long storedInbound(BenchDatabase database) throws Exception {
        try (Connection c = database.connection(""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sms_inbound")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
