package vn.hailong.feedback.imports;

import vn.hailong.feedback.ApplicantType;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one row of a survey form file into a {@link PaperForm}, or says everything that is wrong with it (each
 * problem with its column, so the clerk can fix them all in one go). Pure: the directory is checked later.
 */
final class FormRowParser {

    static final int MAX_FORM_NO = 40;
    static final int MAX_COMMENT = 2000;
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    /** The first day a rating can be stored for (keys count from it: {@code TimeOrderedIds}). */
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    /** A row read: the form when nothing is wrong, else the problems. */
    record Parsed(PaperForm form, List<ImportProblem> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final FormHeader header;
    private final LocalDate today;

    /** @param today the local date (Asia/Ho_Chi_Minh) now: no survey date may be after it */
    FormRowParser(FormHeader header, LocalDate today) {
        this.header = header;
        this.today = today;
    }

    Parsed parse(FormSheet.Line line) {
        List<ImportProblem> problems = new ArrayList<>();
        long row = line.number();
        String formNo = cell(line, FormColumn.FORM_NO);
        if (line.cells().containsKey(FormSheet.EXTRA)) {
            problems.add(ImportProblem.of(row, null, formNo, "feedback.formImport.error.extraCells",
                    line.cells().get(FormSheet.EXTRA)));
        }
        if (formNo == null) {
            problems.add(required(row, FormColumn.FORM_NO, null));
        } else if (formNo.length() > MAX_FORM_NO) {
            problems.add(problem(row, FormColumn.FORM_NO, formNo, "feedback.formImport.error.formNoTooLong", MAX_FORM_NO));
        }
        String unitCode = cell(line, FormColumn.UNIT_CODE);
        if (unitCode == null) {
            problems.add(required(row, FormColumn.UNIT_CODE, formNo));
        }
        LocalDate date = date(line, problems, formNo);
        Integer score = score(line, header.cell(FormColumn.SCORE), row, formNo, problems);
        if (score == null && cell(line, FormColumn.SCORE) == null) {
            problems.add(required(row, FormColumn.SCORE, formNo));
        }
        ApplicantType applicant = applicantType(line, problems, formNo);
        Map<String, Integer> answers = new LinkedHashMap<>();
        header.criteria().forEach((column, code) -> {
            Integer answer = score(line, column, row, formNo, problems);
            if (answer != null) {
                answers.put(code, answer);
            }
        });
        String comment = cell(line, FormColumn.COMMENT);
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(problem(row, FormColumn.COMMENT, formNo, "feedback.formImport.error.commentTooLong", MAX_COMMENT));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems));
        }
        return new Parsed(new PaperForm(row, formNo, unitCode, date, cell(line, FormColumn.PROCEDURE_CODE),
                cell(line, FormColumn.OFFICER_CODE), cell(line, FormColumn.COUNTER_CODE), applicant, score, answers,
                comment), List.of());
    }

    private String cell(FormSheet.Line line, FormColumn column) {
        String name = header.cell(column);
        return name == null ? null : line.get(name);
    }

    private LocalDate date(FormSheet.Line line, List<ImportProblem> problems, String formNo) {
        String value = cell(line, FormColumn.SURVEY_DATE);
        long row = line.number();
        if (value == null) {
            problems.add(required(row, FormColumn.SURVEY_DATE, formNo));
            return null;
        }
        LocalDate date;
        try {
            date = value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(problem(row, FormColumn.SURVEY_DATE, formNo, "feedback.formImport.error.date", value));
            return null;
        }
        if (date.isAfter(today)) {
            problems.add(problem(row, FormColumn.SURVEY_DATE, formNo, "feedback.formImport.error.future", value));
            return null;
        }
        if (date.isBefore(FIRST_DAY)) {
            problems.add(problem(row, FormColumn.SURVEY_DATE, formNo, "feedback.formImport.error.tooEarly", value));
            return null;
        }
        return date;
    }

    /** A 1..5 answer in the column (header cell as written), null when empty or wrong (then a problem is added). */
    private static Integer score(FormSheet.Line line, String column, long row, String formNo,
                                 List<ImportProblem> problems) {
        String value = column == null ? null : line.get(column);
        if (value == null) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > 5) {
            problems.add(ImportProblem.of(row, column, formNo, "feedback.formImport.error.score", value, column));
            return null;
        }
        return n;
    }

    private ApplicantType applicantType(FormSheet.Line line, List<ImportProblem> problems, String formNo) {
        String value = cell(line, FormColumn.APPLICANT_TYPE);
        if (value == null) {
            return null;
        }
        ApplicantType type = applicantType(value);
        if (type == null) {
            problems.add(problem(line.number(), FormColumn.APPLICANT_TYPE, formNo,
                    "feedback.formImport.error.applicantType", value));
        }
        return type;
    }

    /**
     * The applicant type from what a clerk writes: the enum names, or "cá nhân", "người dân", "tổ chức",
     * "doanh nghiệp", "tổ chức, doanh nghiệp", with or without diacritics; null when it is none of them.
     */
    static ApplicantType applicantType(String value) {
        String plain = Normalizer.normalize(value.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replaceAll("[^a-z]", "");
        return switch (plain) {
            case "individual", "canhan", "nguoidan", "congdan", "cn" -> ApplicantType.INDIVIDUAL;
            case "organisation", "organization", "tochuc", "doanhnghiep", "tochucdoanhnghiep", "tc", "dn" -> ApplicantType.ORGANISATION;
            default -> null;
        };
    }

    private ImportProblem required(long row, FormColumn column, String formNo) {
        return problem(row, column, formNo, "feedback.formImport.error.required", column.header());
    }

    private ImportProblem problem(long row, FormColumn column, String formNo, String key, Object... args) {
        String name = header.cell(column);
        return ImportProblem.of(row, name == null ? column.header() : name, formNo, key, args);
    }
}
