package vn.hailong.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * The satisfaction of a unit subtree over an inclusive range of local dates: the scores, the satisfied share (top-2
 * box), the SIPAS index with its elements and criteria (of the instrument in effect; {@code sipasComplete} when
 * every element has data), and the minimum sample that the cells were judged by.
 */
public record SatisfactionReport(String unitCode, String unitName, long unitId, LocalDate from, LocalDate to,
                                 Distribution scores, Share satisfied, Double sipasIndex, boolean sipasComplete,
                                 String instrumentCode, String instrumentName, List<ElementFigure> elements,
                                 int minimumSample) {
}
