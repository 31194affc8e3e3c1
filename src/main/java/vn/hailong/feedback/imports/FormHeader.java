package vn.hailong.feedback.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row understood: which cell is which fixed column, which cells are criteria of the instrument, and
 * what is wrong with it (row 1 problems: a required column missing, a column twice, a criterion the instrument does
 * not have).
 */
final class FormHeader {

    private final Map<FormColumn, String> fixed;
    private final Map<String, String> criteria;
    private final List<ImportProblem> problems;

    private FormHeader(Map<FormColumn, String> fixed, Map<String, String> criteria, List<ImportProblem> problems) {
        this.fixed = fixed;
        this.criteria = criteria;
        this.problems = List.copyOf(problems);
    }

    /**
     * @param cells         the header row as written
     * @param instrument    the instrument's code, for the messages
     * @param criterionCodes the criteria of the instrument
     */
    static FormHeader read(List<String> cells, String instrument, Collection<String> criterionCodes) {
        Map<String, String> known = new HashMap<>();
        for (String code : criterionCodes) {
            known.put(code.toLowerCase(Locale.ROOT), code);
        }
        Map<FormColumn, String> fixed = new EnumMap<>(FormColumn.class);
        Map<String, String> criteria = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isBlank()) {
                problems.add(ImportProblem.of(1, null, null, "feedback.formImport.error.blankHeader", i + 1));
                continue;
            }
            var column = FormColumn.byHeader(cell);
            String criterion = known.get(cell.toLowerCase(Locale.ROOT));
            if (column.isPresent()) {
                if (fixed.putIfAbsent(column.get(), cell) != null) {
                    problems.add(ImportProblem.of(1, cell, null, "feedback.formImport.error.duplicateColumn", cell));
                }
            } else if (criterion != null) {
                if (criteria.containsValue(criterion)) {
                    problems.add(ImportProblem.of(1, cell, null, "feedback.formImport.error.duplicateColumn", cell));
                } else {
                    criteria.put(cell, criterion);
                }
            } else {
                problems.add(ImportProblem.of(1, cell, null, "feedback.formImport.error.unknownColumn", cell, instrument));
            }
        }
        for (FormColumn c : FormColumn.values()) {
            if (c.required() && !fixed.containsKey(c)) {
                problems.add(ImportProblem.of(1, c.header(), null, "feedback.formImport.error.missingColumn", c.header()));
            }
        }
        return new FormHeader(fixed, criteria, problems);
    }

    /** The header cell of a fixed column, or null when the file has no such column. */
    String cell(FormColumn column) {
        return fixed.get(column);
    }

    /** Header cell to criterion code, in file order. */
    Map<String, String> criteria() {
        return criteria;
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
