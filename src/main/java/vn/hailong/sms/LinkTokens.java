package vn.hailong.sms;

import java.util.regex.Pattern;

/**
 * A rating link's token is the citizen's key to rate their dossier: staff who read a message's text (the messages
 * page) must not be able to use it, or a unit could rate its own dossiers. Shown bodies keep the link's place.
 */
public final class LinkTokens {

    private static final Pattern RATING_LINK_TOKEN = Pattern.compile("(/danh-gia/(?:q/)?)[0-9A-Za-z]{4,}");

    private LinkTokens() {
    }

    /** The body with every rating-link token replaced by dots; null stays null. */
    public static String masked(String body) {
        return body == null ? null : RATING_LINK_TOKEN.matcher(body).replaceAll("$1••••••");
    }
}
