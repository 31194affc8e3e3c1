package vn.hailong.metrics.alerts;

import io.micronaut.core.annotation.Nullable;

/**
 * A cell below its target with enough n: where, how many ratings, the satisfied share with its 95% interval, the
 * target and by how far the interval's upper end stays below it ({@code gap}, in points).
 *
 * @param dimension UNIT, SECTOR, PROCEDURE, OFFICER, COUNTER or CHANNEL (online services only)
 * @param key       the cell's code (a unit, sector, procedure, officer or counter code; WEB)
 * @param name      what to show
 * @param place     the unit an officer or a counter works at (their names repeat between units), else null
 */
public record Alert(String dimension, String key, String name, @Nullable String place, long n, long satisfied, double pct, double low,
                    double high, double target, double gap) {
}
