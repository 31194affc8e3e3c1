package vn.hailong.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The language switch returns only to plain local paths; anything else goes to the start page. */
class LanguageSwitchTest {

    @ParameterizedTest
    @ValueSource(strings = {"/\t", "\t/", "/\t/evil", "/ ", "/a b", " /", "//evil", "/\\evil", "/a\\b",
            "https://evil", "http:/evil", "javascript:alert(1)", "evil", "", "/%ZZ", "/\r\nSet-Cookie:x",
            "/\u0000", "/\u00a0x", "/\u2028x", "/\u200bx", "/[x]", "/a|b", "/a^b"})
    void anything_but_a_plain_local_path_falls_back_to_the_start_page(String target) {
        assertThat(LanguageController.safeLocalPath(target)).isEqualTo("/");
    }

    @Test
    void local_paths_are_kept_and_made_ascii() {
        assertThat(LanguageController.safeLocalPath(null)).isEqualTo("/");
        assertThat(LanguageController.safeLocalPath("/quan-tri/nguoi-dung?q=an&trang=2#top"))
                .isEqualTo("/quan-tri/nguoi-dung?q=an&trang=2#top");
        assertThat(LanguageController.safeLocalPath("/đơn-vị")).isEqualTo("/%C4%91%C6%A1n-v%E1%BB%8B");
        assertThat(LanguageController.safeLocalPath("/a%20b")).isEqualTo("/a%20b");
    }
}
