package vn.hailong.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {

    @Test
    void gsm7_fits_160_in_one_message_and_153_per_part_beyond() {
        assertThat(SmsSegments.count("").segments()).isZero();
        assertThat(SmsSegments.count("a".repeat(160))).satisfies(c -> {
            assertThat(c.encoding()).isEqualTo(SmsEncoding.GSM7);
            assertThat(c.units()).isEqualTo(160);
            assertThat(c.segments()).isEqualTo(1);
            assertThat(c.perSegment()).isEqualTo(160);
        });
        assertThat(SmsSegments.count("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void extension_characters_count_two_and_are_never_split() {
        assertThat(SmsSegments.count("[x]").units()).isEqualTo(5);
        assertThat(SmsSegments.count("€".repeat(80)).units()).isEqualTo(160);
        assertThat(SmsSegments.count("€".repeat(80)).segments()).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(159) + "{").segments()).isEqualTo(2);
        // 152 septets, then an escaped pair that does not fit the first part's last septet
        assertThat(SmsSegments.count("a".repeat(152) + "^" + "a".repeat(10)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(152) + "^" + "a".repeat(152)).segments()).isEqualTo(3);
    }

    @Test
    void one_character_outside_gsm7_makes_the_whole_text_ucs2_at_70_and_67() {
        SmsSegments.Count accented = SmsSegments.count("Hồ sơ");
        assertThat(accented.encoding()).isEqualTo(SmsEncoding.UNICODE);
        assertThat(accented.firstOutsideGsm()).isEqualTo("ồ");
        assertThat(SmsSegments.count("ồ" + "a".repeat(69)).segments()).isEqualTo(1);
        assertThat(SmsSegments.count("ồ" + "a".repeat(70)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("ồ" + "a".repeat(133)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("ồ" + "a".repeat(134)).segments()).isEqualTo(3);
        // GSM-7's own accented letters stay GSM-7
        assertThat(SmsSegments.count("é à ü Ñ").encoding()).isEqualTo(SmsEncoding.GSM7);
    }

    @Test
    void vietnamese_without_diacritics_is_gsm7() {
        String text = Unaccent.of("Hồ sơ của ông/bà đã có kết quả. Đánh giá: trả lời 1-5");
        assertThat(text).isEqualTo("Ho so cua ong/ba da co ket qua. Danh gia: tra loi 1-5");
        assertThat(SmsSegments.count(text).encoding()).isEqualTo(SmsEncoding.GSM7);
        assertThat(Unaccent.of("ĐẶNG Thị Ữ ỹ")).isEqualTo("DANG Thi U y");
        assertThat(Unaccent.forGsm7("“Phường” – Huế…™")).isEqualTo("\"Phuong\" - Hue...?");
    }
}
