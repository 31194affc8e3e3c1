package vn.hailong.metrics;

/**
 * How the SIPAS index is formed (domain.md §1.5: which one MOHA uses is unconfirmed, so it is a setting):
 * the mean of the element indices, or the top-2-box of the overall score.
 */
public enum SipasAggregator {
    MEAN_OF_ELEMENTS, OVERALL_SCORE
}
