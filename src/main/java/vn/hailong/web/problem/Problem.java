package vn.hailong.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every API error. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "The offending input fields, when there are any")
                      List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input field: where it is and what is wrong with it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldProblem(String field, String message) {
    }
}
