package vn.hailong.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request to send: a valid one as a target builds it, then mutated field by field. JSON fields hold raw JSON
 * (so that a value may be of any type, and a key may repeat); form fields hold plain text.
 */
final class Probe {

    enum Kind { NONE, JSON, FORM }

    /** Stands for bytes that are not UTF-8 until the body is encoded. */
    static final String RAW_BYTES = "\u0001RAW\u0001";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    final String method;
    final String template;
    final Kind kind;
    final Map<String, String> path = new LinkedHashMap<>();
    final List<Map.Entry<String, String>> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    final List<Map.Entry<String, String>> fields = new ArrayList<>();
    String rawBody;
    byte[] rawBytes;
    String contentType;
    /** Twilio webhooks: sign the form as sent, for this URL (with the auth token of the test). */
    String signFor;

    Probe(String method, String template, Kind kind) {
        this.method = method;
        this.template = template;
        this.kind = kind;
        this.contentType = switch (kind) {
            case JSON -> "application/json";
            case FORM -> "application/x-www-form-urlencoded; charset=UTF-8";
            case NONE -> null;
        };
    }

    Probe copy() {
        Probe p = new Probe(method, template, kind);
        p.path.putAll(path);
        p.query.addAll(query);
        p.headers.putAll(headers);
        p.fields.addAll(fields);
        p.rawBody = rawBody;
        p.rawBytes = rawBytes;
        p.contentType = contentType;
        p.signFor = signFor;
        return p;
    }

    Probe path(String name, String value) {
        path.put(name, value);
        return this;
    }

    Probe query(String name, String value) {
        query.add(Map.entry(name, value));
        return this;
    }

    Probe header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A JSON field with a raw JSON value, or a form field with its text. */
    Probe field(String name, String value) {
        fields.add(Map.entry(name, value));
        return this;
    }

    /** A JSON field holding this text as a JSON string. */
    Probe text(String name, String value) {
        return field(name, Corpus.jsonString(value));
    }

    String uri() {
        Matcher m = PATH_VARIABLE.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(encode(path.getOrDefault(m.group(1), "x"))));
        }
        m.appendTail(b);
        if (!query.isEmpty()) {
            b.append('?');
            b.append(String.join("&", query.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).toList()));
        }
        return b.toString();
    }

    /** The form as Twilio signs it: each name once, the last value. */
    Map<String, String> formParams() {
        Map<String, String> params = new LinkedHashMap<>();
        fields.forEach(e -> params.put(e.getKey(), e.getValue()));
        return params;
    }

    byte[] body() {
        if (rawBody != null) {
            return rawBody.getBytes(StandardCharsets.UTF_8);
        }
        String text = switch (kind) {
            case NONE -> null;
            case JSON -> "{" + String.join(",", fields.stream()
                    .map(e -> Corpus.jsonString(e.getKey()) + ":" + e.getValue()).toList()) + "}";
            case FORM -> String.join("&", fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).toList());
        };
        if (text == null) {
            return null;
        }
        String marker = kind == Kind.FORM ? encode(RAW_BYTES) : RAW_BYTES;
        int at = text.indexOf(marker);
        if (at < 0 || rawBytes == null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        if (kind == Kind.FORM) {
            for (byte x : rawBytes) {
                out.writeBytes(String.format("%%%02X", x & 0xff).getBytes(StandardCharsets.US_ASCII));
            }
        } else {
            out.writeBytes(rawBytes);
        }
        out.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Percent-encoding of everything but unreserved characters: valid in a path segment and in a query. */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    String describe() {
        String body = rawBody != null ? rawBody : switch (kind) {
            case NONE -> "";
            case JSON, FORM -> new String(body(), StandardCharsets.UTF_8);
        };
        String shown = body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + " chars)" : body;
        String u = uri();
        return method + " " + (u.length() > 300 ? u.substring(0, 300) + "…" : u) + " " + headers.keySet()
                + (contentType == null ? "" : " [" + contentType + "]") + " " + shown;
    }
}
