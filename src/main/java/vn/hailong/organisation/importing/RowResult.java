package vn.hailong.organisation.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What happened to one data row.
 *
 * @param row     the row number as a spreadsheet shows it (the header is row 1)
 * @param code    the row's code, as given
 * @param status  CREATED, UPDATED, UNCHANGED or ERROR
 * @param field   for an error, the column at fault when known
 * @param message a sentence for the admin, Vietnamese first
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowResult(long row, @Nullable String code, RowStatus status, @Nullable String field, String message) {
}
