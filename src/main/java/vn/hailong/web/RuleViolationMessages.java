package vn.hailong.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import vn.hailong.shared.errors.RuleViolation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one way from a broken rule to words: a {@link RuleViolation}'s message keys and arguments, looked up in the
 * feature bundles (Micronaut's composite {@link MessageSource}) in a language. Pages show the violation through
 * {@link FormErrors#of} in the page's language (the {@code hailong_lang} cookie); the API answers in the language of
 * {@code Accept-Language} ({@link #requested}), Vietnamese when it asks for none we speak.
 */
@Singleton
public class RuleViolationMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SPOKEN = List.of(VIETNAMESE, ENGLISH);

    private final MessageSource messages;
    private final HttpLocaleResolver pageLocales;

    RuleViolationMessages(MessageSource messages, HttpLocaleResolver pageLocales) {
        this.messages = messages;
        this.pageLocales = pageLocales;
    }

    /** One problem in words; the key itself when no bundle has it (a bug, caught by {@code RuleViolationKeysTest}). */
    public String text(RuleViolation.Problem problem, Locale locale) {
        return messages.getMessage(problem.key(), locale, problem.arguments()).orElse(problem.key());
    }

    /** Every problem of the violation in words, joined: the problem+json {@code detail}, a flash message. */
    public String detail(RuleViolation violation, Locale locale) {
        return violation.problems().stream().map(p -> text(p, locale)).collect(Collectors.joining(" "));
    }

    /** A bundle key with arguments in words (for the few texts that are not a violation, such as report lines). */
    public String text(Locale locale, String key, Object... args) {
        return text(RuleViolation.Problem.of(null, key, args), locale);
    }

    /** The language a machine client asks for with {@code Accept-Language}; Vietnamese by default. */
    public static Locale requested(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SPOKEN);
            return match == null ? VIETNAMESE : match;
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
    }

    /** The language of the page: the person's choice in the {@code hailong_lang} cookie, Vietnamese by default. */
    public Locale page(HttpRequest<?> request) {
        return pageLocales.resolveOrDefault(request);
    }
}
