package vn.hailong.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import vn.hailong.support.Nodes;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Security headers on a page, the kiosk and the API; Secure cookies and HSTS only behind https. */
@MicronautTest(transactional = false)
class SecurityHeadersIT {

    @Inject
    EmbeddedServer server;

    static HttpResponse<String> get(EmbeddedServer server, String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void a_page_may_not_be_framed_runs_only_our_scripts_and_is_not_cached() throws Exception {
        HttpResponse<String> page = get(server, "/dang-nhap", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Security-Policy")).contains("script-src 'self';")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(page, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(page, "Strict-Transport-Security")).as("plain http here").isNull();
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
        // the policy holds for what the page really contains: no inline script
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
    }

    @Test
    void the_kiosk_may_register_its_service_worker_and_the_api_renders_nothing() throws Exception {
        HttpResponse<String> kiosk = get(server, "/kiosk/index.html", "text/html");
        assertThat(kiosk.statusCode()).isEqualTo(200);
        assertThat(header(kiosk, "Content-Security-Policy")).contains("worker-src 'self'")
                .contains("script-src 'self';").contains("frame-ancestors 'none'");
        assertThat(header(kiosk, "X-Content-Type-Options")).isEqualTo("nosniff");

        HttpResponse<String> api = get(server, "/api/v1/kiosk/messages", "application/json");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(header(api, "Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(header(api, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(api, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void behind_an_https_proxy_cookies_are_secure_and_hsts_is_sent() throws Exception {
        try (EmbeddedServer tls = Nodes.server(Map.of(
                "hailong.public-base-url", "https://hailong.example.gov.vn"))) {
            HttpResponse<String> page = get(tls, "/dang-nhap", "text/html");
            assertThat(header(page, "Strict-Transport-Security")).isEqualTo("max-age=31536000");
            assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty().allMatch(c -> c.contains("Secure"));
        }
    }
}
