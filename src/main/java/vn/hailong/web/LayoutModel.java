package vn.hailong.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What the layout needs on every page, under the model key {@code layout}.
 *
 * @param user      the signed-in person, or null
 * @param nav       navigation groups for the user's role
 * @param lang      current language tag ({@code vi} or {@code en}), also the page's {@code lang} attribute
 * @param languages the language switch
 * @param flash     a one-time message in the page's language, or null
 */
@Introspected
public record LayoutModel(@Nullable CurrentUser user, List<Navigation.Group> nav, String lang,
                          List<Language> languages, FlashMessages.@Nullable Shown flash) {

    /** The signed-in person as the header shows them. */
    @Introspected
    public record CurrentUser(String name, String role) {
    }

    /** One entry of the language switch; {@code href} comes back to the current page. */
    @Introspected
    public record Language(String tag, String labelKey, String href, boolean current) {
    }
}
