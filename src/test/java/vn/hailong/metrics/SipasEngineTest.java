package vn.hailong.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The SIPAS formulas against figures worked out by hand (product.md §3, domain.md §1.5). */
class SipasEngineTest {

    private static final SipasEngine.Survey SURVEY = new SipasEngine.Survey("T", "Test", List.of(
            new SipasEngine.SurveyElement("E1", "Tiếp cận", List.of(
                    new SipasEngine.SurveyCriterion("C1", "Chỗ ngồi"), new SipasEngine.SurveyCriterion("C2", "Thiết bị"))),
            new SipasEngine.SurveyElement("E2", "Thủ tục", List.of(new SipasEngine.SurveyCriterion("C3", "Niêm yết"))),
            new SipasEngine.SurveyElement("E3", "Công chức", List.of(new SipasEngine.SurveyCriterion("C4", "Lịch sự")))));

    // C1: three 4s and a 2 → 75%; C2: a 5 and a 1 → 50%; E1 = (75 + 50) / 2 = 62.5
    // C3: two 5s, two 3s and a 1 → 40%; E2 = 40; E3 has no answer: no index
    // SIPAS = mean of the element indices that exist = (62.5 + 40) / 2 = 51.25 → 51.3
    private static final Map<String, Distribution> ANSWERS = Map.of(
            "C1", new Distribution(0, 1, 0, 3, 0),
            "C2", new Distribution(1, 0, 0, 0, 1),
            "C3", new Distribution(1, 0, 2, 0, 2));

    @Test
    void criterion_element_and_sipas_indices_follow_the_formulas() {
        Map<String, Distribution> elementRatings = Map.of("E1", new Distribution(0, 0, 1, 2, 1), "E2",
                new Distribution(1, 0, 2, 1, 1));
        SipasEngine.Result r = SipasEngine.compute(SURVEY, ANSWERS, elementRatings, new Distribution(1, 1, 2, 3, 3),
                SipasAggregator.MEAN_OF_ELEMENTS, 3);

        assertThat(r.sipasIndex()).isEqualTo(51.3);
        assertThat(r.complete()).isFalse();
        ElementFigure e1 = r.elements().get(0);
        assertThat(e1.index()).isEqualTo(62.5);
        assertThat(e1.n()).isEqualTo(4);
        assertThat(e1.enough()).isTrue();
        assertThat(e1.criteria()).extracting(c -> c.satisfied().pct()).containsExactly(75.0, 50.0);
        assertThat(e1.criteria().get(1).satisfied().enough()).as("two answers, minimum three").isFalse();
        assertThat(r.elements().get(1).index()).isEqualTo(40.0);
        assertThat(r.elements().get(2).index()).as("no answer: no index, never 0").isNull();
        assertThat(r.elements().get(2).criteria().get(0).satisfied().pct()).isNull();
    }

    @Test
    void the_overall_score_aggregator_takes_the_top_two_box_of_the_overall_scores() {
        SipasEngine.Result r = SipasEngine.compute(SURVEY, ANSWERS, Map.of(), new Distribution(1, 1, 2, 3, 3),
                SipasAggregator.OVERALL_SCORE, 30);
        assertThat(r.sipasIndex()).isEqualTo(60.0);
    }

    @Test
    void every_element_with_an_index_makes_the_index_complete() {
        Map<String, Distribution> all = new java.util.HashMap<>(ANSWERS);
        all.put("C4", new Distribution(0, 0, 0, 0, 2));
        SipasEngine.Result r = SipasEngine.compute(SURVEY, all, Map.of(), Distribution.EMPTY,
                SipasAggregator.MEAN_OF_ELEMENTS, 30);
        // (62.5 + 40 + 100) / 3 = 67.5
        assertThat(r.sipasIndex()).isEqualTo(67.5);
        assertThat(r.complete()).isTrue();
    }

    @Test
    void no_data_gives_no_index() {
        SipasEngine.Result r = SipasEngine.compute(SURVEY, Map.of(), Map.of(), Distribution.EMPTY,
                SipasAggregator.MEAN_OF_ELEMENTS, 30);
        assertThat(r.sipasIndex()).isNull();
    }
}
