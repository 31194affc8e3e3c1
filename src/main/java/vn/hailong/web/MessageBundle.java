package vn.hailong.web;

import io.micronaut.context.AbstractMessageSource;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One feature's message bundle ({@code i18n/<feature>.properties} in Vietnamese, {@code <feature>_en.properties} in
 * English), as a Micronaut {@link io.micronaut.context.MessageSource} bean; Micronaut's composite message source asks
 * every such bean, so templates ({@code #{key}}) and code see the keys of all features. Unlike
 * {@link io.micronaut.context.i18n.ResourceBundleMessageSource} it never falls back to the JVM's default locale, so a
 * server whose default is English still shows Vietnamese by default.
 *
 * <pre>{@code @Factory class AccessMessages { @Singleton MessageBundle access() { return new MessageBundle("i18n.access"); } }}</pre>
 */
public class MessageBundle extends AbstractMessageSource {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ConcurrentMap<Locale, Optional<ResourceBundle>> bundles = new ConcurrentHashMap<>();

    public MessageBundle(String baseName) {
        this.baseName = baseName;
    }

    public String baseName() {
        return baseName;
    }

    @Override
    public Optional<String> getRawMessage(String code, MessageContext context) {
        Locale locale = context.getLocale(Locale.forLanguageTag("vi"));
        return bundle(locale).filter(b -> b.containsKey(code)).map(b -> b.getString(code));
    }

    private Optional<ResourceBundle> bundle(Locale locale) {
        return bundles.computeIfAbsent(locale, l -> {
            try {
                return Optional.of(ResourceBundle.getBundle(baseName, l, MessageBundle.class.getClassLoader(),
                        NO_FALLBACK));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        });
    }
}
