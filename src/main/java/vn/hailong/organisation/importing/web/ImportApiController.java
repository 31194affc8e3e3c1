package vn.hailong.organisation.importing.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.organisation.importing.DirectoryImport;
import vn.hailong.organisation.importing.ImportKind;
import vn.hailong.organisation.importing.ImportReport;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.problem.ApiProblems;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * {@code POST /api/v1/import/{units|sectors|procedures|counters|officers}} with a {@code text/csv} body: 200 and a
 * per-row report; 400 problem+json when the file as a whole cannot be read.
 */
@Controller("/api/v1/import")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Directory")
class ImportApiController {

    private final DirectoryImport imports;
    private final RuleViolationMessages messages;

    ImportApiController(DirectoryImport imports, RuleViolationMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @Post("/{kind}")
    @Consumes({"text/csv", "application/csv", "text/plain"})
    @Operation(operationId = "importDirectoryCsv", summary = "Import a directory CSV file", description = "Admin token. `kind` is units, sectors, procedures, counters or officers; the body is the CSV file with a header row (the templates on the import page). Rows that can be used are stored; the report lists the others with their line numbers.",
            requestBody = @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "sectors", value = """
                code,name,targetPct
                HO-TICH,Hộ tịch,90
                CHUNG-THUC,Chứng thực,90
                """))))
    @ApiResponse(responseCode = "200", description = "The per-row report", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.NotFound
    ImportReport importCsv(String kind, @Body @Schema(type = "string", format = "binary") byte[] csv, Authentication auth,
                           HttpRequest<?> request) {
        ImportKind k = ImportKind.fromPath(kind).orElseThrow(
                () -> RuleViolation.notFound("organisation.error.import.kind", kind));
        Locale locale = RuleViolationMessages.requested(request);
        return imports.importCsv(Actor.of(auth), k, new ByteArrayInputStream(csv == null ? new byte[0] : csv))
                .inWords(p -> messages.text(p, locale));
    }
}
