package vn.hailong;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Migrations are named V<yyyy>_<MM>_<dd>_<HHmm>__<verb>_<object>.sql, versions unique, utf8mb4 declared. */
class MigrationNamesTest {

    @Test
    void migrations_follow_the_naming_rule_and_declare_utf8mb4() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("migrations"))) {
            files = list.sorted().toList();
        }
        assertThat(files).isNotEmpty();
        Set<String> versions = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            assertThat(name).as("migration file name").matches("V\\d{4}_\\d{2}_\\d{2}_\\d{4}__[a-z0-9]+(_[a-z0-9]+)*\\.sql");
            assertThat(versions.add(name.substring(0, name.indexOf("__")))).as("unique version " + name).isTrue();
            String sql = Files.readString(file);
            if (sql.toUpperCase().contains("CREATE TABLE")) {
                assertThat(sql).as(name + " declares utf8mb4_unicode_ci").contains("utf8mb4_unicode_ci");
            }
        }
    }
}
