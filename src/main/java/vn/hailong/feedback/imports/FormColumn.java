package vn.hailong.feedback.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed columns of a survey form file, named like the API's fields; every other header cell names a criterion of
 * the instrument (its code, e.g. {@code S17-01}). Header cells match case-insensitively.
 */
public enum FormColumn {
    FORM_NO("formNo", true),
    UNIT_CODE("unitCode", true),
    SURVEY_DATE("surveyDate", true),
    PROCEDURE_CODE("procedureCode", false),
    OFFICER_CODE("officerCode", false),
    COUNTER_CODE("counterCode", false),
    APPLICANT_TYPE("applicantType", false),
    SCORE("score", true),
    COMMENT("comment", false);

    private final String header;
    private final boolean required;

    FormColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The fixed columns in the order of the template; criterion columns go between score and comment. */
    public static List<FormColumn> beforeCriteria() {
        return List.of(FORM_NO, UNIT_CODE, SURVEY_DATE, PROCEDURE_CODE, OFFICER_CODE, COUNTER_CODE, APPLICANT_TYPE, SCORE);
    }

    public static Optional<FormColumn> byHeader(String cell) {
        String c = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.header.toLowerCase(Locale.ROOT).equals(c)).findFirst();
    }
}
