package vn.hailong.metrics;

/** One survey criterion: its answers and the satisfied share among them (criterion satisfaction %). */
public record CriterionFigure(String code, String text, Distribution answers, Share satisfied) {
}
