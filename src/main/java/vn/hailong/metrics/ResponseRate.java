package vn.hailong.metrics;

/**
 * Who was asked and not only who answered: the ratings given at a counter (kiosk, counter, SMS and web; paper forms
 * are not answers to being served) against the citizens served there. {@code ratePct} is null when nobody was
 * recorded as served (no denominator, never 0%); it may exceed 100 where ratings come without a recorded serving.
 */
public record ResponseRate(String key, String name, Long id, long served, long rated, Double ratePct) {

    static ResponseRate of(String key, String name, Long id, long served, long rated) {
        return new ResponseRate(key, name, id, served, rated,
                served == 0 ? null : Share.round1(100.0 * rated / served));
    }
}
