package vn.hailong.kiosk;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The kiosk's texts: {@code i18n/kiosk.properties} (Vietnamese, default) and {@code kiosk_en.properties}.
 * Registered as a MessageSource for server-side use, and listed whole for the device, which renders every label
 * from them (the kiosk HTML has no text of its own beyond a minimal fallback).
 */
@Factory
public class KioskMessages {

    static final String BUNDLE = "i18n.kiosk";

    @Singleton
    @Named("kiosk")
    MessageSource kioskMessageSource() {
        return new ResourceBundleMessageSource(BUNDLE);
    }

    /** Every kiosk.* key in the language; Vietnamese for anything but English. */
    public static Map<String, String> all(String lang) {
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> messages = new TreeMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            if (key.startsWith("kiosk.")) {
                messages.put(key, bundle.getString(key));
            }
        }
        return messages;
    }

    public static String lang(String requested) {
        return "en".equalsIgnoreCase(requested) ? "en" : "vi";
    }
}
