package vn.hailong.metrics;

import java.util.List;

/**
 * One survey element (yếu tố): its index (the mean of its criteria's satisfaction %, criteria with at least one
 * answer; null when none has one), n (the ratings that answered at least one of its criteria) and the criteria.
 * {@code enough}: n reaches the minimum sample.
 */
public record ElementFigure(String code, String name, Double index, long n, boolean enough,
                            List<CriterionFigure> criteria) {
}
