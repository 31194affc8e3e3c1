package vn.hailong.metrics;

import java.util.List;

/**
 * A 3-level device or paper form (Rất hài lòng / Hài lòng / Không hài lòng) mapped onto the canonical 1..5 scale
 * (product.md §3: 5, 4 and 2 by default, configurable), so that its answers count in the same figures.
 */
public record ThreeLevelScale(int veryHappy, int happy, int unhappy) {

    public static final ThreeLevelScale DEFAULT = new ThreeLevelScale(5, 4, 2);

    public ThreeLevelScale {
        for (int v : List.of(veryHappy, happy, unhappy)) {
            if (v < 1 || v > 5) {
                throw new IllegalArgumentException("a mapped level is 1..5: " + v);
            }
        }
    }

    /** Level 1 (the best) .. 3 (the worst) of the device → the canonical score. */
    public int toScore(int level) {
        return switch (level) {
            case 1 -> veryHappy;
            case 2 -> happy;
            case 3 -> unhappy;
            default -> throw new IllegalArgumentException("a 3-level answer is 1..3: " + level);
        };
    }
}
