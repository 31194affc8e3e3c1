package vn.hailong.metrics;

/**
 * What a figure is broken down by, as the store keeps it. The code is stored in the rollups and never changes.
 * A cell's key: {@code a} (and {@code b}) for directory ids and small codes, {@code text} for survey codes.
 */
public enum Dimension {
    /** every counted rating once; a = 0 */
    TOTAL(0),
    /** a = {@link ChannelCode} */
    CHANNEL(1),
    /** a = sector id; ratings without a procedure are in no cell */
    SECTOR(2),
    /** a = procedure id */
    PROCEDURE(3),
    /** a = officer id */
    OFFICER(4),
    /** a = counter id */
    COUNTER(5),
    /** a = 0 not asked, 1 individual, 2 organisation or business */
    APPLICANT(6),
    /** a = the reason's position in {@code feedback.Reason} + 1; a rating with several reasons is in each */
    REASON(7),
    /** text = criterion code; the distribution is of the answers to that criterion */
    CRITERION(8),
    /** text = element code; the distribution is of the overall scores of ratings that answered the element */
    ELEMENT(9),
    /** a = officer id, b = procedure id */
    OFFICER_PROCEDURE(10),
    /** a = officer id, b = {@link ChannelCode} */
    OFFICER_CHANNEL(11),
    /** a = unit id (the rating's own unit) */
    UNIT(12),
    /** a = YYYYMM of the local date */
    MONTH(13),
    /** a = counter id, b = {@link ChannelCode}: ratings bound to a counter, by channel (the response rate's numerator) */
    COUNTER_CHANNEL(14),
    /** a = counter id; the citizens served there, counted in n1 (the response rate's denominator) */
    SERVED(15);

    private final int code;

    Dimension(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
