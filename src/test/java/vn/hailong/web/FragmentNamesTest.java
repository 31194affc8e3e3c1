package vn.hailong.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Thymeleaf selector {@code ~{file :: name(...)}} picks the fragment called {@code name} and also every element
 * named {@code name} in that file. A fragment named {@code select} once dragged a second, empty {@code <select>} into
 * every form, which then sent each choice twice. This keeps fragment names from matching other elements.
 */
class FragmentNamesTest {

    @Test
    void no_fragment_selector_also_matches_other_elements_of_its_template() throws IOException {
        List<String> clashes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/views"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(Files.readString(file));
                for (Element fragment : html.select("[th:fragment]")) {
                    String name = fragment.attr("th:fragment").replaceAll("\\(.*", "").strip();
                    for (Element same : html.getElementsByTag(name)) {
                        if (same != fragment && same.parents().stream().noneMatch(p -> p == fragment)) {
                            clashes.add(file + ": fragment '" + name + "' also selects " + same.cssSelector());
                        }
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }
}
