package vn.hailong.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hailong.support.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad targets of the language switch answer 303 to the start page, never 500 and never another site. */
@MicronautTest(transactional = false)
class LanguageSwitchIT {

    @Inject
    EmbeddedServer server;

    @ParameterizedTest
    @ValueSource(strings = {"\t", "/\t/evil", " ", "/a b", "//evil", "/\\evil", "https://evil", "/%ZZ", "/a|b"})
    void bad_targets_go_to_the_start_page(String target) {
        Api.Response r = new Api(server).send("GET", "/ngon-ngu?lang=en&tiep="
                + URLEncoder.encode(target, StandardCharsets.UTF_8), null, null, Map.of("Accept", "text/html"));
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/");
        assertThat(r.header("Set-Cookie")).contains("hailong_lang=en");
    }
}
