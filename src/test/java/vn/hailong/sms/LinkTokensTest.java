package vn.hailong.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkTokensTest {

    @Test
    void a_rating_links_token_is_hidden_and_the_rest_of_the_text_kept() {
        assertThat(LinkTokens.masked("Ho so X da co ket qua. Danh gia: https://hailong.hue.gov.vn/danh-gia/7K3Q9XRM2P . STOP"))
                .isEqualTo("Ho so X da co ket qua. Danh gia: https://hailong.hue.gov.vn/danh-gia/•••••• . STOP");
        assertThat(LinkTokens.masked("the card http://x/danh-gia/q/PPE51T89W6")).isEqualTo("the card http://x/danh-gia/q/••••••");
        assertThat(LinkTokens.masked("Tra cuu tai http://x/tra-cuu (ma PA-2026-7K3Q9)"))
                .isEqualTo("Tra cuu tai http://x/tra-cuu (ma PA-2026-7K3Q9)");
        assertThat(LinkTokens.masked(null)).isNull();
    }
}
