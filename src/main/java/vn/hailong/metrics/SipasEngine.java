package vn.hailong.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The SIPAS formulas (product.md §3, domain.md §1.5, "Implications" C.11–12), pure:
 * criterion satisfaction % = satisfied answers / valid answers × 100; element index = mean of its criteria's
 * satisfaction % (criteria with at least one answer); SIPAS index = mean of the element indices (elements with an
 * index) or the overall score's top-2-box, as configured. Means are taken of unrounded shares, then rounded.
 */
public final class SipasEngine {

    /** An instrument's shape as the engine needs it: elements in order, each with its criteria in order. */
    public record Survey(String code, String name, List<SurveyElement> elements) {
    }

    public record SurveyElement(String code, String name, List<SurveyCriterion> criteria) {
    }

    public record SurveyCriterion(String code, String text) {
    }

    /** The index and the elements behind it; {@code complete} when every element of the instrument has an index. */
    public record Result(Double sipasIndex, boolean complete, List<ElementFigure> elements) {
    }

    private SipasEngine() {
    }

    /**
     * @param answers        criterion code → distribution of its answers
     * @param elementRatings element code → distribution of the overall scores of the ratings that answered it
     * @param overall        the overall scores of all counted ratings
     */
    public static Result compute(Survey survey, Map<String, Distribution> answers,
                                 Map<String, Distribution> elementRatings, Distribution overall,
                                 SipasAggregator aggregator, int minimumSample) {
        List<ElementFigure> elements = new ArrayList<>();
        List<Double> indices = new ArrayList<>();
        for (SurveyElement element : survey.elements()) {
            List<CriterionFigure> criteria = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (SurveyCriterion criterion : element.criteria()) {
                Distribution d = answers.getOrDefault(criterion.code(), Distribution.EMPTY);
                criteria.add(new CriterionFigure(criterion.code(), criterion.text(), d,
                        Share.satisfied(d, minimumSample)));
                if (d.n() > 0) {
                    shares.add(100.0 * d.satisfied() / d.n());
                }
            }
            Double index = mean(shares);
            if (index != null) {
                indices.add(index);
            }
            long n = elementRatings.getOrDefault(element.code(), Distribution.EMPTY).n();
            elements.add(new ElementFigure(element.code(), element.name(), round(index), n, n >= minimumSample,
                    criteria));
        }
        Double sipas = switch (aggregator) {
            case MEAN_OF_ELEMENTS -> round(mean(indices));
            case OVERALL_SCORE -> overall.n() == 0 ? null : Share.round1(100.0 * overall.satisfied() / overall.n());
        };
        boolean complete = !survey.elements().isEmpty() && indices.size() == survey.elements().size();
        return new Result(sipas, complete, elements);
    }

    private static Double mean(List<Double> values) {
        OptionalDouble mean = values.stream().mapToDouble(Double::doubleValue).average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }

    private static Double round(Double v) {
        return v == null ? null : Share.round1(v);
    }
}
