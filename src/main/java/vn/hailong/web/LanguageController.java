package vn.hailong.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * The language switch: remembers the choice in the {@code hailong_lang} cookie (read by Micronaut's cookie locale
 * resolution) and returns to the page the person was on. Only local paths are followed, so the link cannot be used
 * to send someone elsewhere.
 */
@Controller("/ngon-ngu")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class LanguageController {

    static final String COOKIE = "hailong_lang";

    @Get
    HttpResponse<?> switchTo(@Nullable @QueryValue String lang, @Nullable @QueryValue String tiep) {
        String tag = lang != null && LayoutModelProcessor.LANGUAGES.contains(lang) ? lang : "vi";
        Cookie cookie = Cookie.of(COOKIE, tag).path("/").maxAge(Duration.ofDays(365)).sameSite(SameSite.Lax)
                .httpOnly(true);
        return HttpResponse.seeOther(URI.create(safeLocalPath(tiep))).cookie(cookie);
    }

    /**
     * The target if it is a plain local path ({@code /...} on this site), otherwise {@code /}. Refused: anything not
     * starting with one slash, {@code //} and {@code /\} (other hosts to a browser), whitespace and control
     * characters anywhere (browsers drop tabs and newlines, so {@code /<tab>/evil} would become {@code //evil}),
     * backslashes, and whatever is not a valid URI. The result is ASCII, ready for the Location header.
     */
    static String safeLocalPath(String target) {
        if (target == null || target.length() > 2000 || !target.startsWith("/") || target.startsWith("//")) {
            return "/";
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)
                    || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                return "/";
            }
        }
        try {
            URI uri = new URI(target);
            if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.isOpaque() || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
                return "/";
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
