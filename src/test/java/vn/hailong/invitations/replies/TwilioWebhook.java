package vn.hailong.invitations.replies;

import io.micronaut.runtime.server.EmbeddedServer;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.fake.TwilioSignatures;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Twilio calling our inbound webhook: a form-encoded POST to the embedded server, signed for the public URL the
 * service is configured with (as Twilio signs it when a proxy forwards to us under another host).
 */
public final class TwilioWebhook {

    public static final String PATH = "/sms/twilio/inbound";

    public record Reply(int status, String contentType, String body) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI server;
    private final String publicBaseUrl;
    private final String authToken;

    public TwilioWebhook(EmbeddedServer server, String publicBaseUrl, String authToken) {
        this.server = server.getURI();
        this.publicBaseUrl = publicBaseUrl;
        this.authToken = authToken;
    }

    /** Twilio's form for a message from {@code from} to {@code to}. */
    public static Map<String, String> message(String sid, String accountSid, PhoneNumber from, String to, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ToCountry", "US");
        form.put("SmsMessageSid", sid);
        form.put("NumMedia", "0");
        form.put("SmsSid", sid);
        form.put("SmsStatus", "received");
        form.put("Body", body);
        form.put("To", to);
        form.put("NumSegments", "1");
        form.put("MessageSid", sid);
        form.put("AccountSid", accountSid);
        form.put("From", from.e164());
        form.put("FromCountry", "VN");
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    /** Signed as Twilio signs it, for the public URL. */
    public Reply post(Map<String, String> form) {
        return post(form, TwilioSignatures.sign(authToken, publicBaseUrl + PATH, form));
    }

    /** With this signature, or none when null. */
    public Reply post(Map<String, String> form, String signature) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(PATH))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "*/*").header("User-Agent", "TwilioProxy/1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A signature made for another URL: the one the proxy forwarded to. */
    public String signatureFor(String url, Map<String, String> form) {
        return TwilioSignatures.sign(authToken, url, form);
    }
}
