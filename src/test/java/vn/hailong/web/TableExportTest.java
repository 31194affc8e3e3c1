package vn.hailong.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports never hand a spreadsheet a formula that a citizen typed. */
class TableExportTest {

    @Test
    void a_cell_that_looks_like_a_formula_is_written_inert_in_csv() {
        String csv = new String(TableExport.csv(List.of("Nội dung", "Trễ"),
                List.of(List.of("=HYPERLINK(\"http://x\")", 3), List.of("@SUM(A1)", -2), List.of("Quầy số 2", 0))),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("'@SUM(A1)").contains("Quầy số 2");
        // numbers stay numbers, even negative ones
        assertThat(csv).contains(",-2").doesNotContain("'-2");
    }
}
