package vn.hailong.feedback.imports;

import vn.hailong.feedback.ApplicantType;

import java.time.LocalDate;
import java.util.Map;

/**
 * One paper survey form as a row of the file gave it, checked for form (numbers, dates, lengths) but not yet against
 * the directory: codes are as written.
 *
 * @param row           the row number as a spreadsheet shows it
 * @param applicantType null when the form does not say
 * @param answers       criterion code to answer 1..5, only the criteria answered
 */
record PaperForm(long row, String formNo, String unitCode, LocalDate surveyDate, String procedureCode,
                 String officerCode, String counterCode, ApplicantType applicantType, int score,
                 Map<String, Integer> answers, String comment) {

    PaperForm {
        answers = Map.copyOf(answers);
    }
}
