package vn.hailong.shared.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The 11-to-10-digit mobile prefix table (domain.md §8.1), read from {@code phone/vn-legacy-mobile-prefixes.properties}
 * so that it stays data: {@code 0120=070} means 0120 xxx xxxx is now 070 xxx xxxx (the last 7 digits are kept).
 */
final class LegacyMobilePrefixes {

    static final String RESOURCE = "phone/vn-legacy-mobile-prefixes.properties";

    private final Map<String, String> oldToNew;

    LegacyMobilePrefixes(Map<String, String> oldToNew) {
        for (Map.Entry<String, String> e : oldToNew.entrySet()) {
            if (!e.getKey().matches("0\\d{3}") || !e.getValue().matches("0\\d{2}")) {
                throw new IllegalArgumentException("Legacy prefix rows look like 0120=070, not " + e);
            }
        }
        this.oldToNew = Map.copyOf(oldToNew);
    }

    static LegacyMobilePrefixes load() {
        try (InputStream in = LegacyMobilePrefixes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the classpath");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k.strip(), p.getProperty(k).strip()));
            return new LegacyMobilePrefixes(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 10-digit national form (leading 0) of an 11-digit legacy mobile number, if it has a known old prefix. */
    Optional<String> modernise(String national) {
        if (national.length() != 11 || !national.startsWith("0")) {
            return Optional.empty();
        }
        String replacement = oldToNew.get(national.substring(0, 4));
        return replacement == null ? Optional.empty() : Optional.of(replacement + national.substring(4));
    }

    int size() {
        return oldToNew.size();
    }
}
