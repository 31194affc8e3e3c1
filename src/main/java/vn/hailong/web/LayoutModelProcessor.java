package vn.hailong.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewUtils;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Actor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Adds what the layout needs to every page (style.md §4.3): {@code layout} (user, navigation, language, flash) and
 * {@code csrfToken} for forms. Controllers return a page record; it is spread into the model (its properties become
 * top-level variables) and also kept as {@code page}.
 */
@Singleton
public class LayoutModelProcessor implements ViewModelProcessor<Object> {

    static final List<String> LANGUAGES = List.of("vi", "en");

    private final Navigation navigation;
    private final HttpLocaleResolver localeResolver;
    private final CsrfTokens csrfTokens;
    private final FlashMessages flashMessages;

    LayoutModelProcessor(Navigation navigation, HttpLocaleResolver localeResolver, CsrfTokens csrfTokens,
                         FlashMessages flashMessages) {
        this.navigation = navigation;
        this.localeResolver = localeResolver;
        this.csrfTokens = csrfTokens;
        this.flashMessages = flashMessages;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Object> modelAndView) {
        Object model = modelAndView.getModel().orElse(null);
        modelAndView.setModel(modelFor(request, model));
    }

    /** The full model for a page (also used by the HTML error pages, which are rendered outside a controller). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> modelFor(HttpRequest<?> request, Object page) {
        Map<String, Object> model = new LinkedHashMap<>();
        if (page instanceof Map<?, ?> map) {
            model.putAll((Map<String, Object>) map);
        } else if (page != null) {
            model.putAll(ViewUtils.modelOf(page));
            model.put("page", page);
        }
        model.put("layout", layout(request));
        model.put("csrfToken", csrfTokens.tokenFor(request));
        return model;
    }

    private LayoutModel layout(HttpRequest<?> request) {
        Optional<Actor> actor = request.getUserPrincipal(Authentication.class).flatMap(Actor::ofNullable);
        String path = request.getPath();
        Locale locale = localeResolver.resolveOrDefault(request);
        String lang = language(locale);
        String back = URLEncoder.encode(pathAndQuery(request), StandardCharsets.UTF_8);
        List<LayoutModel.Language> languages = LANGUAGES.stream()
                .map(tag -> new LayoutModel.Language(tag, "web.language." + tag,
                        "/ngon-ngu?lang=" + tag + "&tiep=" + back, tag.equals(lang)))
                .toList();
        return new LayoutModel(
                actor.map(a -> new LayoutModel.CurrentUser(a.name(), a.role().name())).orElse(null),
                navigation.groupsFor(actor, path), lang, languages, flashMessages.take(request, locale).orElse(null));
    }

    static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "vi";
    }

    private static String pathAndQuery(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return query == null || query.isEmpty() ? request.getPath() : request.getPath() + "?" + query;
    }
}
