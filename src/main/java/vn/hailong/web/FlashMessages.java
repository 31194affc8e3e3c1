package vn.hailong.web;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.web.session.SignedValues;
import vn.hailong.web.session.WebCookies;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A one-time message shown on the next page after a redirect ("Đã lưu."), kept as message keys with their arguments
 * and put into words only when it is shown, in the language of that page. It travels in a short-lived signed cookie
 * ({@value #COOKIE}) rather than in server state, so it works the same for visitors who are not signed in (after
 * sign-out) and on every node. The layout shows it and drops the cookie.
 */
@Singleton
public class FlashMessages {

    /** How the message is styled and announced. */
    public enum Kind { SUCCESS, ERROR }

    /** One message key with its arguments. */
    @Serdeable
    record Line(String key, @Nullable List<String> args) {
        Line {
            args = args == null ? List.of() : args;
        }
    }

    /**
     * What is kept until the next page: a message key (none for a refusal told by its problems alone) with its
     * arguments, and the problems of a refusal, whose words become the message's last argument.
     */
    @Serdeable
    record Flash(Kind kind, @Nullable String key, @Nullable List<String> args, @Nullable List<Line> problems) {
        Flash {
            // the JSON leaves empty lists out
            args = args == null ? List.of() : args;
            problems = problems == null ? List.of() : problems;
        }
    }

    /** What the layout shows: the kind and the words in the page's language. */
    public record Shown(Kind kind, String text) {
    }

    static final String COOKIE = "HAILONG_FLASH";
    private static final String PURPOSE = "flash";
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_ARGUMENT = 300;
    private static final int MAX_PROBLEMS = 5;

    private final SignedValues signed;
    private final WebCookies cookies;
    private final JsonMapper json;
    private final MessageSource messages;

    FlashMessages(SignedValues signed, WebCookies cookies, JsonMapper json, MessageSource messages) {
        this.signed = signed;
        this.cookies = cookies;
        this.json = json;
        this.messages = messages;
    }

    public void success(HttpRequest<?> request, String key, @Nullable String argument) {
        put(request, new Flash(Kind.SUCCESS, key, arguments(argument), List.of()));
    }

    public void error(HttpRequest<?> request, String key, @Nullable String argument) {
        put(request, new Flash(Kind.ERROR, key, arguments(argument), List.of()));
    }

    /** A refusal told by every problem of the violation. */
    public void refused(HttpRequest<?> request, RuleViolation refusal) {
        put(request, new Flash(Kind.ERROR, null, List.of(), problems(refusal)));
    }

    /** A refusal: {@code key}'s last argument is every problem of the violation in words. */
    public void refused(HttpRequest<?> request, String key, RuleViolation refusal) {
        put(request, new Flash(Kind.ERROR, key, List.of(), problems(refusal)));
    }

    private static List<String> arguments(@Nullable String argument) {
        return argument == null ? List.of() : List.of(shortened(argument));
    }

    private static List<Line> problems(RuleViolation refusal) {
        return refusal.problems().stream().limit(MAX_PROBLEMS)
                .map(p -> new Line(p.key(), p.args().stream().map(a -> shortened(String.valueOf(a))).toList()))
                .toList();
    }

    private static String shortened(String argument) {
        return argument.length() > MAX_ARGUMENT ? argument.substring(0, MAX_ARGUMENT) + "…" : argument;
    }

    private void put(HttpRequest<?> request, Flash flash) {
        try {
            String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(flash));
            cookies.set(request, COOKIE, signed.sign(PURPOSE, payload), LIFETIME);
        } catch (IOException e) {
            throw new IllegalStateException("A flash message could not be written", e);
        }
    }

    /** The message kept for this page, in words of {@code locale}, and drops it. */
    Optional<Shown> take(HttpRequest<?> request, Locale locale) {
        Optional<String> cookie = cookies.value(request, COOKIE);
        if (cookie.isEmpty()) {
            return Optional.empty();
        }
        cookies.clear(request, COOKIE);
        return signed.verify(PURPOSE, cookie.get()).flatMap(this::decode).map(f -> shown(f, locale));
    }

    private Optional<Flash> decode(String payload) {
        try {
            return Optional.ofNullable(json.readValue(Base64.getUrlDecoder().decode(payload), Flash.class));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Shown shown(Flash flash, Locale locale) {
        String problems = flash.problems().stream()
                .map(l -> words(l.key(), l.args(), locale))
                .collect(Collectors.joining(" "));
        if (flash.key() == null) {
            return new Shown(flash.kind(), problems);
        }
        List<String> args = flash.problems().isEmpty() ? flash.args()
                : java.util.stream.Stream.concat(flash.args().stream(), java.util.stream.Stream.of(problems)).toList();
        return new Shown(flash.kind(), words(flash.key(), args, locale));
    }

    private String words(String key, List<String> args, Locale locale) {
        return messages.getMessage(key, locale, args.toArray()).orElse(key);
    }
}
