package vn.hailong.shared.paging;

import org.junit.jupiter.api.Test;
import vn.hailong.web.Pager;

import static org.assertj.core.api.Assertions.assertThat;

class PageWindowTest {

    @Test
    void a_page_past_the_end_is_the_last_and_below_one_the_first() {
        assertThat(PageWindow.of(Integer.MAX_VALUE, 20, 23).page()).isEqualTo(2);
        assertThat(PageWindow.of(Integer.MAX_VALUE, 20, 23).offset()).isEqualTo(20);
        assertThat(PageWindow.of(-4, 20, 23).page()).isEqualTo(1);
        assertThat(PageWindow.of(7, 20, 0).page()).isEqualTo(1);
        assertThat(PageWindow.of(7, 20, 0).totalPages()).isEqualTo(1);
        assertThat(PageWindow.of(2, 20, 40).intOffset()).isEqualTo(20);
    }

    @Test
    void any_text_in_the_address_is_a_page_number() {
        assertThat(Pager.requested(null)).isEqualTo(1);
        assertThat(Pager.requested("abc")).isEqualTo(1);
        assertThat(Pager.requested("-3")).isEqualTo(1);
        assertThat(Pager.requested("0")).isEqualTo(1);
        assertThat(Pager.requested(" 3 ")).isEqualTo(3);
        assertThat(Pager.requested("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(Pager.requested("99999999999999999999")).isEqualTo(Integer.MAX_VALUE);
    }
}
