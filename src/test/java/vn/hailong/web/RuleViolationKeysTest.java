package vn.hailong.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key a rule violation names in the code exists in Vietnamese and English, and no violation carries
 * finished text: the key argument of {@code RuleViolation.invalid/conflict/notFound/forbidden} and of the builder's
 * {@code invalid/conflict} is a bundle key. (Keys built at run time, such as {@code "organisation.error." + field},
 * are not seen here; {@code I18nBundlesTest} keeps the languages in step.)
 */
class RuleViolationKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** {@code invalid("field", "key"} / {@code conflict(field, "key"} / {@code notFound("key"} / {@code forbidden("key"}. */
    private static final Pattern THROW = Pattern.compile(
            "\\b(?:invalid|conflict)\\(\\s*(?:\"[^\"]*\"|[\\w.()]+)\\s*,\\s*\"([^\"]*)\"\\s*([,)+])"
                    + "|\\b(?:notFound|forbidden)\\(\\s*\"([^\"]*)\"\\s*([,)+])");
    /** A key built at run time starts with a literal prefix such as {@code "organisation.error." + field}. */
    private static final Pattern KEY_PREFIX = Pattern.compile("[a-z][a-z0-9]*(\\.[A-Za-z0-9_]+)*\\.");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(\\.[A-Za-z0-9_]+)+");

    @Test
    void every_key_of_a_rule_violation_is_a_bundle_key_in_both_languages() throws IOException {
        Properties vi = load("");
        Properties en = load("_en");
        List<String> problems = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("RuleViolation")) {
                    continue;
                }
                Matcher m = THROW.matcher(source);
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(3);
                    boolean built = "+".equals(m.group(1) != null ? m.group(2) : m.group(4));
                    seen++;
                    String where = SOURCES.relativize(file) + ": \"" + key + "\"";
                    if (built) {
                        if (!KEY_PREFIX.matcher(key).matches()) {
                            problems.add(where + " is finished text, not a message key");
                        }
                    } else if (!KEY.matcher(key).matches()) {
                        problems.add(where + " is finished text, not a message key");
                    } else if (!vi.containsKey(key) || !en.containsKey(key)) {
                        problems.add(where + " is missing in " + (vi.containsKey(key) ? "English" : "Vietnamese"));
                    }
                }
            }
        }
        assertThat(seen).as("rule violations found in the code").isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    private static Properties load(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z0-9]+" + suffix + "\\.properties"))
                    .toList()) {
                try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                    all.load(reader);
                }
            }
        }
        return all;
    }
}
