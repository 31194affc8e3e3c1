package vn.hailong.complaints.routing;

import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintKind;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingRuleTest {

    static RoutingRule rule(long id, int priority, ComplaintKind kind, Long sector, Long subtree, String keywords, long unit) {
        return new RoutingRule(id, "r" + id, priority, kind, sector, subtree, keywords, unit, null, false, true);
    }

    static RoutingRule.Subject subject(ComplaintKind kind, Long sector, String path, String text) {
        return new RoutingRule.Subject(kind, sector, path, Keywords.fold(text));
    }

    @Test
    void keywords_match_without_case_or_tone_marks_and_any_one_is_enough() {
        assertThat(Keywords.fold("ĐÈN  Đường hỏng")).isEqualTo("den duong hong");
        assertThat(Keywords.anyIn(Keywords.split("chiếu sáng, đèn đường"), Keywords.fold("Den duong truoc nha toi bi hong"))).isTrue();
        assertThat(Keywords.anyIn(Keywords.split("chiếu sáng; rác"), Keywords.fold("Đèn đường hỏng"))).isFalse();
        assertThat(Keywords.anyIn(List.of(), "anything")).isTrue();
        assertThat(Keywords.tidy(" a ,, b ;c ")).isEqualTo("a, b, c");
    }

    @Test
    void each_criterion_left_empty_matches_anything_and_each_set_one_must_hold() {
        RoutingRule any = rule(1, 10, null, null, null, null, 9);
        RoutingRule denunciations = rule(2, 10, ComplaintKind.TO_CAO, null, null, null, 9);
        RoutingRule sector = rule(3, 10, null, 7L, null, null, 9);
        RoutingRule subtree = rule(4, 10, null, null, 5L, null, 9);
        RoutingRule.Subject s = subject(ComplaintKind.PHAN_ANH, 7L, "/1/5/23/", "Rác thải");
        assertThat(any.matches(s)).isTrue();
        assertThat(denunciations.matches(s)).isFalse();
        assertThat(sector.matches(s)).isTrue();
        assertThat(sector.matches(subject(ComplaintKind.PHAN_ANH, 8L, "/1/5/23/", "x"))).isFalse();
        assertThat(subtree.matches(s)).isTrue();
        assertThat(subtree.matches(subject(ComplaintKind.PHAN_ANH, 7L, "/1/6/", "x"))).isFalse();
        assertThat(subtree.matches(subject(ComplaintKind.PHAN_ANH, 7L, null, "x"))).as("no unit named").isFalse();
        // "/1/15/" is not within unit 5
        assertThat(subtree.matches(subject(ComplaintKind.PHAN_ANH, 7L, "/1/15/", "x"))).isFalse();
    }

    @Test
    void the_first_matching_rule_by_priority_decides_then_the_default_then_none() {
        RoutingRule late = rule(1, 50, null, null, null, null, 100);
        RoutingRule early = rule(2, 10, null, null, null, "đèn", 200);
        RoutingRule tie = rule(3, 10, null, null, null, "đèn", 300);
        RoutingRule inactive = new RoutingRule(4L, "off", 1, null, null, null, null, 400L, null, false, false);
        RoutingRule fallback = new RoutingRule(5L, "default", 1, null, null, null, null, 500L, null, true, true);
        List<RoutingRule> rules = List.of(late, tie, inactive, fallback, early);
        assertThat(RoutingRule.decide(rules, subject(ComplaintKind.PHAN_ANH, null, null, "Đèn hỏng"), r -> true))
                .hasValue(early);
        assertThat(RoutingRule.decide(rules, subject(ComplaintKind.PHAN_ANH, null, null, "Rác"), r -> true))
                .hasValue(late);
        assertThat(RoutingRule.decide(List.of(early, fallback), subject(ComplaintKind.PHAN_ANH, null, null, "Rác"), r -> true))
                .hasValue(fallback);
        assertThat(RoutingRule.decide(List.of(early), subject(ComplaintKind.PHAN_ANH, null, null, "Rác"), r -> true)).isEmpty();
        assertThat(RoutingRule.decide(rules, subject(ComplaintKind.PHAN_ANH, null, null, "Đèn"), r -> r.id() != 2))
                .as("an unusable rule is passed over").hasValue(tie);
    }

    @Test
    void least_open_work_goes_to_the_member_with_fewest_open_cases_and_equals_take_turns() {
        assertThat(TeamAssignment.LEAST_OPEN.pick(List.of(1L, 2L, 3L), Map.of(1L, 4L, 2L, 1L, 3L, 2L), null)).hasValue(2L);
        assertThat(TeamAssignment.LEAST_OPEN.pick(List.of(1L, 2L, 3L), Map.of(), null)).hasValue(1L);
        assertThat(TeamAssignment.LEAST_OPEN.pick(List.of(1L, 2L, 3L), Map.of(), 1L)).hasValue(2L);
        assertThat(TeamAssignment.LEAST_OPEN.pick(List.of(), Map.of(), null)).isEmpty();
    }

    @Test
    void round_robin_takes_the_member_after_the_last_one_and_wraps_around() {
        assertThat(TeamAssignment.ROUND_ROBIN.pick(List.of(30L, 10L, 20L), Map.of(), null)).hasValue(10L);
        assertThat(TeamAssignment.ROUND_ROBIN.pick(List.of(30L, 10L, 20L), Map.of(10L, 9L), 10L)).hasValue(20L);
        assertThat(TeamAssignment.ROUND_ROBIN.pick(List.of(30L, 10L, 20L), Map.of(), 30L)).hasValue(10L);
        // the last one assigned has left the team: the next id after them
        assertThat(TeamAssignment.ROUND_ROBIN.pick(List.of(30L, 10L), Map.of(), 20L)).hasValue(30L);
    }
}
