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
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.organisation.importing.DirectoryImport;
import vn.hailong.organisation.importing.ImportKind;
import vn.hailong.organisation.importing.ImportReport;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.RuleViolationMessages;

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
    ImportReport importCsv(String kind, @Body byte[] csv, Authentication auth, HttpRequest<?> request) {
        ImportKind k = ImportKind.fromPath(kind).orElseThrow(
                () -> RuleViolation.notFound("organisation.error.import.kind", kind));
        Locale locale = RuleViolationMessages.requested(request);
        return imports.importCsv(Actor.of(auth), k, new ByteArrayInputStream(csv == null ? new byte[0] : csv))
                .inWords(p -> messages.text(p, locale));
    }
}
