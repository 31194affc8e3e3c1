package vn.hailong.complaints.deadlines;

import org.junit.jupiter.api.Test;
import vn.hailong.calendar.DeadlineUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineRuleTest {

    @Test
    void a_rule_is_written_as_amount_and_unit() {
        assertThat(DeadlineRule.parse("15 WORKING_DAYS")).isEqualTo(new DeadlineRule(15, DeadlineUnit.WORKING_DAYS));
        assertThat(DeadlineRule.parse(" 8  working_hours ")).isEqualTo(new DeadlineRule(8, DeadlineUnit.WORKING_HOURS));
        assertThat(DeadlineRule.parse("30 CALENDAR_DAYS").toString()).isEqualTo("30 CALENDAR_DAYS");
    }

    @Test
    void a_malformed_rule_says_how_to_write_one() {
        for (String bad : new String[] {"15", "WORKING_DAYS", "15 WEEKS", "-1 WORKING_DAYS", "x WORKING_DAYS", ""}) {
            assertThatThrownBy(() -> DeadlineRule.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("15 WORKING_DAYS");
        }
    }
}
