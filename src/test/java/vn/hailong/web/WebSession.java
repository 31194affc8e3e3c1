package vn.hailong.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.hailong.support.PageForm;

import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A browser-like session for ITs: keeps cookies, does not follow redirects, reads the CSRF token of the last page,
 * and sends a fixed client address (X-Forwarded-For) so that login throttling in one test cannot lock out another.
 */
public final class WebSession implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "Hải-Long-test-2026";

    private final HttpClient client;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String address;
    private String lastCsrfToken;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebSession(EmbeddedServer server) {
        this(server, "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
    }

    public WebSession(EmbeddedServer server, String address) {
        DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
        config.setFollowRedirects(false);
        config.setReadTimeout(Duration.ofSeconds(30));
        this.client = HttpClient.create(url(server), config);
        this.address = address;
    }

    private static URL url(EmbeddedServer server) {
        try {
            return server.getURL();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page as the browser got it. */
    public record Page(int status, String body, Map<String, List<String>> headers) {
        public Document html() {
            return Jsoup.parse(body);
        }

        public String location() {
            List<String> l = headers.get("location");
            return l == null || l.isEmpty() ? null : l.get(0);
        }

        public String contentType() {
            List<String> l = headers.get("content-type");
            return l == null || l.isEmpty() ? "" : l.get(0);
        }

        public Element byTestId(String id) {
            return html().selectFirst("[data-testid=" + id + "]");
        }
    }

    public Page get(String path) {
        return exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));
    }

    /**
     * Posts fields assembled by hand, with the CSRF token of the last page shown. Only for testing the controller
     * against what no rendered form sends (forged or missing values); a page's own form goes through
     * {@link PageForm}.
     */
    public Page post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        if (lastCsrfToken != null) {
            withToken.putIfAbsent("csrfToken", lastCsrfToken);
        }
        return postRaw(path, withToken);
    }

    /** Posts exactly the given fields, with no CSRF token unless included. */
    public Page postRaw(String path, Map<String, String> form) {
        return exchange(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE));
    }

    /** Signs in through the login form as rendered. */
    public Page signIn(String username, String password) {
        return PageForm.open(this, "/dang-nhap").set("username", username).set("password", password).submit();
    }

    public Page signInAsAdmin() {
        return signIn("admin", ADMIN_PASSWORD);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Sends this cookie from now on, as if the browser had it already (e.g. one planted by an attacker). */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** Sends this header with every request from now on (e.g. an Authorization header a machine would send). */
    public void setHeader(String name, String value) {
        headers.put(name, value);
    }

    /** The CSRF token of the last page shown, for a request built by hand (a multipart form). */
    public String csrfToken() {
        return lastCsrfToken;
    }

    public Page exchange(MutableHttpRequest<?> request) {
        request.header("X-Forwarded-For", address);
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            cookies.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", sb.toString());
        }
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> r = (HttpResponse<String>) e.getResponse();
            response = r;
        }
        for (String setCookie : response.getHeaders().getAll("Set-Cookie")) {
            String[] parts = setCookie.split(";");
            String[] nv = parts[0].split("=", 2);
            boolean expired = setCookie.toLowerCase().contains("max-age=0");
            if (expired || nv.length < 2 || nv[1].isEmpty()) {
                cookies.remove(nv[0].trim());
            } else {
                cookies.put(nv[0].trim(), nv[1].trim());
            }
        }
        String body = response.getBody(String.class).orElse("");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
        Page page = new Page(response.getStatus().getCode(), body, headers);
        if (page.contentType().startsWith("text/html")) {
            Element token = page.html().selectFirst("input[name=csrfToken]");
            if (token != null) {
                lastCsrfToken = token.attr("value");
            }
        }
        return page;
    }

    /** A download (CSV, XLSX) as bytes, with this session's cookies: status and body. */
    public Map.Entry<Integer, byte[]> download(String path) {
        MutableHttpRequest<?> request = HttpRequest.GET(path).header("X-Forwarded-For", address);
        if (!cookies.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            cookies.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", sb.toString());
        }
        try {
            HttpResponse<byte[]> response = client.toBlocking().exchange(request, byte[].class);
            return Map.entry(response.getStatus().getCode(), response.body() == null ? new byte[0] : response.body());
        } catch (HttpClientResponseException e) {
            return Map.entry(e.getStatus().getCode(), new byte[0]);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
