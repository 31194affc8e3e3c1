package vn.hailong.invitations;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationTokensTest {

    @Test
    void tokens_are_ten_crockford_characters_and_do_not_repeat() {
        InvitationTokens tokens = new InvitationTokens();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String t = tokens.next();
            assertThat(t).hasSize(10).matches("[0-9A-HJKMNP-TV-Z]{10}");
            assertThat(InvitationTokens.wellFormed(t)).isTrue();
            seen.add(t);
        }
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void every_character_of_the_alphabet_is_drawn_about_as_often() {
        InvitationTokens tokens = new InvitationTokens(new Random(7));
        int[] counts = new int[32];
        for (int i = 0; i < 32_000; i++) {
            for (char c : tokens.next().toCharArray()) {
                counts[InvitationTokens.ALPHABET.indexOf(c)]++;
            }
        }
        for (int count : counts) {
            assertThat(count).isBetween(9_000, 11_000);
        }
        assertThat(InvitationTokens.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void what_a_link_carries_is_checked_before_the_database_is_asked() {
        assertThat(InvitationTokens.wellFormed("ABCDEFGHJK")).isTrue();
        assertThat(InvitationTokens.wellFormed("ABCDEFGHJI")).isFalse();
        assertThat(InvitationTokens.wellFormed("abcdefghjk")).isFalse();
        assertThat(InvitationTokens.wellFormed("ABCDEFGHJ")).isFalse();
        assertThat(InvitationTokens.wellFormed("ABCDEFGHJKM")).isFalse();
        assertThat(InvitationTokens.wellFormed(null)).isFalse();
        assertThat(InvitationTokens.wellFormed("' OR 1=1 -")).isFalse();
    }

    @Test
    void a_unit_is_named_by_its_place_in_an_sms() {
        assertThat(UnitShortNames.of("Trung tâm Phục vụ hành chính công phường Thuận Hóa")).isEqualTo("phường Thuận Hóa");
        assertThat(UnitShortNames.of("Trung tâm Phục vụ hành chính công thành phố Huế")).isEqualTo("thành phố Huế");
        assertThat(UnitShortNames.of("Ủy ban nhân dân xã Phú Vang")).isEqualTo("xã Phú Vang");
        assertThat(UnitShortNames.of("Phường An Cựu")).isEqualTo("Phường An Cựu");
        assertThat(UnitShortNames.of("Trung tâm Phục vụ hành chính công")).isEqualTo("Trung tâm Phục vụ hành chính công");
    }
}
