package vn.hailong.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hostile values kept in {@code src/test/resources/fuzz/} (see its README for the format). */
final class Corpus {

    private static final Pattern REPEAT = Pattern.compile("<repeat (\\d+) (.*)>");
    private static final Pattern NESTED = Pattern.compile("<nested-(array|object) (\\d+)>");

    final List<String> strings = load("strings.txt", true);
    final List<String> jsonValues = load("json-values.txt", true);
    final List<String> bodies = load("bodies.txt", false);
    final List<String> dates = load("dates.txt", true);
    final List<String> phones = load("phones.txt", true);
    final List<String> contentTypes = load("content-types.txt", true);
    final List<Map.Entry<String, String>> headers = load("headers.txt", true).stream()
            .map(h -> Map.entry(h.substring(0, h.indexOf(':')).strip(), h.substring(h.indexOf(':') + 1).strip()))
            .toList();
    final List<byte[]> invalidUtf8 = load("invalid-utf8.hex", false).stream()
            .map(h -> HexFormat.of().parseHex(h.strip())).toList();

    /** Any hostile text: the strings, dates and phone numbers together. */
    String text(Random random) {
        int n = strings.size() + dates.size() + phones.size();
        int i = random.nextInt(n);
        if (i < strings.size()) {
            return strings.get(i);
        }
        i -= strings.size();
        return i < dates.size() ? dates.get(i) : phones.get(i - dates.size());
    }

    /** A raw JSON value: hostile text as a JSON string, or a value of a wrong type or out of range. */
    String jsonValue(Random random) {
        return random.nextBoolean() ? jsonString(text(random)) : pick(random, jsonValues);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static List<String> load(String name, boolean unescape) {
        try (InputStream in = Corpus.class.getResourceAsStream("/fuzz/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No corpus file fuzz/" + name);
            }
            List<String> values = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                values.add(expand(unescape ? unescape(line) : line));
            }
            return List.copyOf(values);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String expand(String line) {
        if (line.equals("<empty>")) {
            return "";
        }
        if (line.startsWith("<bom>")) {
            return "\uFEFF" + line.substring(5);
        }
        Matcher repeat = REPEAT.matcher(line);
        if (repeat.matches()) {
            return repeat.group(2).repeat(Integer.parseInt(repeat.group(1)));
        }
        Matcher nested = NESTED.matcher(line);
        if (nested.matches()) {
            int depth = Integer.parseInt(nested.group(2));
            return nested.group(1).equals("array") ? "[".repeat(depth) + "]".repeat(depth)
                    : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        }
        return line;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case '\\' -> b.append('\\');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append('\\').append(n);
            }
        }
        return b.toString();
    }
}
