package vn.hailong.organisation.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import vn.hailong.organisation.importing.DirectoryImport;
import vn.hailong.organisation.importing.ImportKind;
import vn.hailong.organisation.importing.ImportReport;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FormErrors;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfPart;
import vn.hailong.web.csrf.CsrfProtected;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CSV import page: choose what the file holds, upload it, read the per-row report of
 * {@link DirectoryImport#importCsv}; a template file with the right header per kind. A file that cannot be read as
 * a whole (not UTF-8, missing or unknown columns) is explained next to the file field.
 */
@Controller(ImportAdminController.BASE)
@CsrfProtected
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportAdminController {

    static final String BASE = "/quan-tri/nhap-du-lieu";

    private final DirectoryImport imports;
    private final RuleViolationMessages messages;

    ImportAdminController(DirectoryImport imports, RuleViolationMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<ImportPage> form(@Nullable @io.micronaut.http.annotation.QueryValue String loai) {
        ImportKind kind = ImportKind.fromPath(loai).orElse(ImportKind.UNITS);
        return page(kind.name(), FormErrors.none(), null);
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<ImportPage>> upload(HttpRequest<?> request, Authentication authentication,
                                                  @Nullable @Part("kind") String kindName,
                                                  @Nullable @Part("file") CompletedFileUpload file,
                                                  @Nullable @Part("csrfToken") CsrfPart csrfToken) {
        ImportKind kind = kind(kindName);
        if (kind == null) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page("", FormErrors.key("kind", "organisation.import.chooseKind"), null));
        }
        if (file == null || file.getSize() == 0 && (file.getFilename() == null || file.getFilename().isBlank())) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(kind.name(), FormErrors.key("file", "organisation.import.chooseFile"), null));
        }
        try (InputStream in = file.getInputStream()) {
            Locale locale = messages.page(request);
            ImportReport report = imports.importCsv(Actor.of(authentication), kind, in)
                    .inWords(p -> messages.text(p, locale));
            return HttpResponse.ok(page(kind.name(), FormErrors.none(), report));
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.INVALID) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(kind.name(), FormErrors.of(e), null));
        } catch (IOException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(kind.name(),
                    FormErrors.key("file", "organisation.import.chooseFile"), null));
        }
    }

    /** {@code /quan-tri/nhap-du-lieu/mau/units.csv}: a header-only template (UTF-8 with BOM, so Excel reads it). */
    @Get("/mau/{file}")
    @Produces("text/csv")
    HttpResponse<byte[]> template(@PathVariable String file) {
        String name = file.toLowerCase(Locale.ROOT).replaceFirst("\\.csv$", "");
        ImportKind kind = ImportKind.fromPath(name).orElseThrow(() -> RuleViolation.notFound(
                "organisation.error.import.template", file));
        List<String> columns = new ArrayList<>(kind.required());
        columns.addAll(kind.optional());
        byte[] body = ("\uFEFF" + String.join(",", columns) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(body).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"mau-" + kind.path() + ".csv\"");
    }

    private static ImportKind kind(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ImportKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ModelAndView<ImportPage> page(String kind, FormErrors errors, @Nullable ImportReport report) {
        List<SelectOption> kinds = Arrays.stream(ImportKind.values())
                .map(k -> SelectOption.key(k.name(), "organisation.import.kind." + k.name(), k.name().equals(kind)))
                .toList();
        List<Template> templates = Arrays.stream(ImportKind.values())
                .map(k -> new Template("organisation.import.kind." + k.name(), BASE + "/mau/" + k.path() + ".csv",
                        k.path()))
                .toList();
        return new ModelAndView<>("admin/import/page", new ImportPage(kinds, templates, errors, report,
                report == null ? null : "organisation.import.kind." + report.kind().name()));
    }

    /** The upload form, with the report of the last upload when there is one. */
    @Introspected
    record ImportPage(List<SelectOption> kinds, List<Template> templates, FormErrors errors,
                      @Nullable ImportReport report, @Nullable String reportKindKey) {
    }

    /** A template download link. */
    @Introspected
    record Template(String labelKey, String href, String kind) {
    }
}
