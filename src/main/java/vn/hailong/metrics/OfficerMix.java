package vn.hailong.metrics;

import java.util.List;

/**
 * What stands behind one officer's figure: the procedures and channels of the ratings they received (a hard
 * procedure or a channel that asks only the unhappy explains a low share better than the officer does).
 */
public record OfficerMix(String officerCode, String officerName, List<GroupFigure> procedures,
                         List<GroupFigure> channels) {
}
