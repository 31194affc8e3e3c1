package vn.hailong.invitations.replies;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyParserTest {

    @ParameterizedTest(name = "\"{0}\" rates {1} with comment \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "-", ignoreLeadingAndTrailingWhitespace = false, value = {
            "5|5|-",
            "1|1|-",
            " 4 |4|-",
            "5.|5|-",
            "3!|3|-",
            "5 rat tot|5|rat tot",
            "5 rất hài lòng|5|rất hài lòng",
            "5rat tot|5|rat tot",
            "2 - chờ lâu quá|2|chờ lâu quá",
            "4, can bo nhiet tinh|4|can bo nhiet tinh",
            "4/5 nhanh|4|nhanh",
            "5/5|5|-",
            "５|5|-",
            "５ tốt|5|tốt",
            "\u00A03\u00A0binh thuong|3|binh thuong",
    })
    void a_digit_from_one_to_five_first_is_a_rating_and_the_rest_its_comment(String body, int score, String comment) {
        assertThat(ReplyParser.parse(body)).isEqualTo(new ReplyCommand.Rate(score, comment));
    }

    @ParameterizedTest(name = "\"{0}\" opts out")
    @ValueSource(strings = {"STOP", "stop", "Stop.", " STOP ", "HUY", "huy", "Huy", "HỦY", "hủy", "Huỷ", "HỦY!",
            "huy bo", "Hủy đăng ký", "tu choi", "Từ chối nhận tin", "STOPALL", "unsubscribe", "Cancel", "QUIT", "End",
            "ＳＴＯＰ"})
    void stop_and_huy_in_any_case_or_spelling_opt_out(String body) {
        assertThat(ReplyParser.parse(body)).isEqualTo(new ReplyCommand.Stop());
    }

    @ParameterizedTest(name = "\"{0}\" gets help")
    @ValueSource(strings = {"HELP", "help", "Help!", "HUONG DAN", "Hướng dẫn", "hd", "Trợ giúp", "INFO", "?", "??",
            "", " ", "...", "0", "6", "9", "10", "12", "0 rat tot", "6 sao", "ok", "OK", "Ok.", "cam on", "Cảm ơn nhiều ạ",
            "vâng", "Dạ vâng cảm ơn anh chị nhiều", "PA", "pa.", "P.A", "chậm quá", "1.000 dong", "2,5"})
    void help_keywords_and_anything_unclear_get_the_help_text(String body) {
        assertThat(ReplyParser.parse(body)).isEqualTo(new ReplyCommand.Help());
    }

    @Test
    void a_comment_over_several_lines_is_kept_on_one() {
        assertThat(ReplyParser.parse("1\nthai do kem\r\nlam mat thoi gian"))
                .isEqualTo(new ReplyCommand.Rate(1, "thai do kem lam mat thoi gian"));
    }

    @Test
    void a_null_body_gets_help() {
        assertThat(ReplyParser.parse(null)).isEqualTo(new ReplyCommand.Help());
    }

    @ParameterizedTest(name = "\"{0}\" complains \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "PA duong toi|duong toi",
            "pa duong toi|duong toi",
            "Pa: đường tối quá|đường tối quá",
            "P.A duong toi|duong toi",
            "p. a  nhà vệ sinh bẩn|nhà vệ sinh bẩn",
            "PAKN can bo doi tien|can bo doi tien",
            "PA-thu tuc rac roi|thu tuc rac roi",
            "PA 5 lan di lai|5 lan di lai",
    })
    void pa_followed_by_a_text_is_a_complaint_in_the_citizens_own_words(String body, String text) {
        assertThat(ReplyParser.parse(body)).isEqualTo(new ReplyCommand.Complain(text));
    }

    @ParameterizedTest(name = "\"{0}\" is a complaint")
    @ValueSource(strings = {"Cán bộ quầy số 2 thái độ không tốt", "Thu tuc cham qua", "Toi cho 3 tieng chua duoc goi",
            "Stop gửi hồ sơ sai cho tôi", "Hủy hẹn mà không báo trước", "Passport cua toi bi mat",
            "Can bo rat tot va nhiet tinh"})
    void free_text_of_more_than_a_few_words_is_a_complaint_as_written(String body) {
        assertThat(ReplyParser.parse(body)).isEqualTo(new ReplyCommand.Complain(body));
    }

    @Test
    void folding_removes_diacritics_and_d_bar_and_upper_cases() {
        assertThat(ReplyParser.fold("Hủy đăng ký Đà Nẵng")).isEqualTo("HUY DANG KY DA NANG");
    }
}
