package vn.hailong.organisation.importing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.hailong.shared.errors.RuleViolation;

import java.util.List;
import java.util.function.Function;

/**
 * What happened to one data row.
 *
 * @param row     the row number as a spreadsheet shows it (the header is row 1)
 * @param code    the row's code, as given
 * @param status  CREATED, UPDATED, UNCHANGED or ERROR
 * @param field   for an error, the column at fault when known
 * @param message a sentence for the admin in their language, once {@link ImportReport#inWords} put it into words
 * @param reasons what the sentence says, as message keys with arguments
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowResult(long row, @Nullable String code, RowStatus status, @Nullable String field,
                        @Nullable String message, @JsonIgnore List<RuleViolation.Problem> reasons) {

    static RowResult of(long row, String code, RowStatus status, String field, List<RuleViolation.Problem> reasons) {
        return new RowResult(row, code, status, field, null, List.copyOf(reasons));
    }

    RowResult inWords(Function<RuleViolation.Problem, String> words) {
        return new RowResult(row, code, status, field,
                String.join(" ", reasons.stream().map(words).toList()), reasons);
    }
}
