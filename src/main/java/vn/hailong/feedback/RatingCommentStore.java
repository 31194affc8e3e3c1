package vn.hailong.feedback;

import java.time.LocalDate;
import java.util.List;

/** The comments of counted ratings, grouped by their exact text; implemented with SQL in {@code feedback.persistence}. */
public interface RatingCommentStore {

    record Grouped(String text, long count) {
    }

    /**
     * The most frequent non-blank comments of counted ratings (not flagged, or released) in the units whose path
     * starts with {@code unitPath}, over an inclusive range of local dates, most frequent first, at most {@code limit}.
     */
    List<Grouped> mostFrequent(String unitPath, LocalDate from, LocalDate to, int limit);
}
