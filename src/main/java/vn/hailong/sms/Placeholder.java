package vn.hailong.sms;

import java.util.Map;

/**
 * The placeholders a template may use: a sample value for the preview and the worst-case length the one-segment
 * check counts (a template must fit with the longest value it can be sent with).
 */
public enum Placeholder {
    /** a dossier code as the one-stop software writes it */
    CODE("code", "000.00.27.H57-260301-0012", 25),
    /** a complaint's tracking code */
    TRACKING("tracking", "PA-2026-7K3Q9", 13),
    /** the rating link of an invitation: public address + /danh-gia/ + token (length from the settings) */
    LINK("link", null, -1),
    /** the public address, e.g. for /tra-cuu */
    SITE("site", null, -1),
    /** a date, dd/MM/yyyy */
    DATE("date", "15/03/2026", 10);

    private final String key;
    private final String sample;
    private final int worstLength;

    Placeholder(String key, String sample, int worstLength) {
        this.key = key;
        this.sample = sample;
        this.worstLength = worstLength;
    }

    public String key() {
        return key;
    }

    public String token() {
        return "{" + key + "}";
    }

    /** Sample values and worst-case values for a public address and a link token length. */
    public static Map<String, String> samples(String site, int tokenLength) {
        return values(site, "7K3Q9XRM2PWA4T8B".repeat(4).substring(0, Math.min(64, tokenLength)), false);
    }

    public static Map<String, String> worstCase(String site, int tokenLength) {
        return values(site, "W".repeat(tokenLength), true);
    }

    private static Map<String, String> values(String site, String token, boolean worst) {
        return Map.of(CODE.key, worst ? "W".repeat(CODE.worstLength) : CODE.sample,
                TRACKING.key, worst ? "W".repeat(TRACKING.worstLength) : TRACKING.sample,
                LINK.key, site + "/danh-gia/" + token,
                SITE.key, site,
                DATE.key, worst ? "W".repeat(DATE.worstLength) : DATE.sample);
    }
}
