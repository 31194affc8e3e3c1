package vn.hailong.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle in {@code src/main/resources/i18n} has the same keys in every language, no empty value, keys named
 * {@code feature.element} or {@code feature.screen.element}, starting with the bundle's name, and files that are valid UTF-8.
 */
class I18nBundlesTest {

    private static final Path DIR = Path.of("src/main/resources/i18n");
    private static final Pattern FILE = Pattern.compile("([a-z][a-z0-9]*)(?:_([a-z]{2}))?\\.properties");

    @Test
    void every_bundle_has_every_key_in_every_language() throws IOException {
        Map<String, Map<String, Properties>> bundles = load();
        assertThat(bundles).isNotEmpty();
        List<String> problems = new ArrayList<>();
        bundles.forEach((bundle, languages) -> {
            assertThat(languages).as("bundle %s has a default (Vietnamese) file", bundle).containsKey("");
            Set<String> all = new TreeSet<>();
            languages.values().forEach(p -> all.addAll(p.stringPropertyNames()));
            languages.forEach((lang, props) -> {
                for (String key : all) {
                    String value = props.getProperty(key);
                    String file = bundle + (lang.isEmpty() ? "" : "_" + lang) + ".properties";
                    if (value == null) {
                        problems.add(file + " lacks " + key);
                    } else if (value.isBlank()) {
                        problems.add(file + " has an empty " + key);
                    }
                    if (!key.startsWith(bundle + ".") || key.split("\\.").length < 2) {
                        problems.add(file + ": key " + key + " does not start with " + bundle + ".");
                    }
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void there_is_an_english_file_for_every_bundle() throws IOException {
        load().forEach((bundle, languages) -> assertThat(languages).as(bundle).containsKey("en"));
    }

    @Test
    void placeholders_match_between_languages() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern placeholder = Pattern.compile("\\{(\\w+)}");
        load().forEach((bundle, languages) -> {
            Properties base = languages.get("");
            languages.forEach((lang, props) -> props.stringPropertyNames().forEach(key -> {
                if (base != null && base.getProperty(key) != null
                        && !placeholders(placeholder, base.getProperty(key)).equals(placeholders(placeholder, props.getProperty(key)))) {
                    problems.add(bundle + "_" + lang + ": " + key);
                }
            }));
        });
        assertThat(problems).isEmpty();
    }

    private static Set<String> placeholders(Pattern p, String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Map<String, Map<String, Properties>> load() throws IOException {
        Map<String, Map<String, Properties>> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.toList()) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                assertThat(m.matches()).as("i18n file name %s", file.getFileName()).isTrue();
                Properties props = new Properties();
                // strict UTF-8: a Latin-1 file with Vietnamese in it fails here
                try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file),
                        StandardCharsets.UTF_8.newDecoder())) {
                    props.load(reader);
                }
                bundles.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                        .put(m.group(2) == null ? "" : m.group(2), props);
            }
        }
        return bundles;
    }
}
