package vn.hailong.feedback;

import java.util.List;

/**
 * Ratings started to count in the figures: stored unflagged, released after review, or loaded as history. Published
 * inside the transaction that makes them count, so that a listener's writes (the metrics rollups) commit or roll
 * back with them: each rating is counted exactly once.
 */
public record RatingsCounted(List<CountedRating> ratings) {

    public RatingsCounted {
        ratings = List.copyOf(ratings);
    }
}
