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
    HttpResponse<?> switchTo(@QueryValue String lang, @Nullable @QueryValue String tiep) {
        String tag = LayoutModelProcessor.LANGUAGES.contains(lang) ? lang : "vi";
        Cookie cookie = Cookie.of(COOKIE, tag).path("/").maxAge(Duration.ofDays(365)).sameSite(SameSite.Lax)
                .httpOnly(true);
        return HttpResponse.seeOther(URI.create(safeLocalPath(tiep))).cookie(cookie);
    }

    static String safeLocalPath(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")
                || target.contains("\r") || target.contains("\n")) {
            return "/";
        }
        return target;
    }
}
