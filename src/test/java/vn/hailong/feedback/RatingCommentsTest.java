package vn.hailong.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RatingCommentsTest {

    @Test
    void variants_of_one_comment_normalise_to_the_same_text() {
        assertThat(RatingComments.normalise("  Chờ   lâu quá!! ")).isEqualTo("chờ lâu quá");
        assertThat(RatingComments.normalise("chờ lâu quá")).isEqualTo("chờ lâu quá");
        assertThat(RatingComments.normalise("...")).isEmpty();
    }

    @Test
    void phone_numbers_id_numbers_and_names_are_masked() {
        assertThat(RatingComments.normalise("Gọi lại cho tôi 0905 123 456")).isEqualTo("gọi lại cho tôi ***");
        assertThat(RatingComments.normalise("SĐT: +84.905.123.456, CCCD 046090001234")).doesNotContainPattern("\\d");
        assertThat(RatingComments.normalise("Chị Lan hướng dẫn rất nhiệt tình")).isEqualTo("chị *** hướng dẫn rất nhiệt tình");
        assertThat(RatingComments.normalise("cảm ơn cán bộ Nguyễn Văn Bình")).isEqualTo("cảm ơn cán bộ ***");
        assertThat(RatingComments.normalise("Rất hài lòng, cảm ơn Trần Thị Hoa nhiều")).isEqualTo("rất hài lòng, cảm ơn *** nhiều");
        assertThat(RatingComments.normalise("Thái độ phục vụ tốt")).isEqualTo("thái độ phục vụ tốt");
    }
}
