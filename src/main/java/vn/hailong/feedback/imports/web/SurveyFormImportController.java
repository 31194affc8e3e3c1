package vn.hailong.feedback.imports.web;

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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import vn.hailong.feedback.Instrument;
import vn.hailong.feedback.Instruments;
import vn.hailong.feedback.imports.FormColumn;
import vn.hailong.feedback.imports.FormImportReport;
import vn.hailong.feedback.imports.FormTemplates;
import vn.hailong.feedback.imports.SurveyFormImport;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.FormErrors;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.TableExport;
import vn.hailong.web.csrf.CsrfPart;
import vn.hailong.web.csrf.CsrfProtected;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The paper survey form import page (beside the directory import): upload a CSV or XLSX file, read the report of
 * {@link SurveyFormImport#importFile}; templates built from the active instrument; each column explained. Admins
 * and unit managers, within their subtree.
 */
@Controller(SurveyFormImportController.BASE)
@CsrfProtected
@Secured({"ADMIN", "UNIT_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class SurveyFormImportController {

    static final String BASE = "/quan-tri/nhap-phieu-khao-sat";

    private final SurveyFormImport imports;
    private final Instruments instruments;
    private final Directory directory;
    private final RuleViolationMessages messages;
    private final Clock clock;

    SurveyFormImportController(SurveyFormImport imports, Instruments instruments, Directory directory,
                               RuleViolationMessages messages, Clock clock) {
        this.imports = imports;
        this.instruments = instruments;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<FormImportPage> form(HttpRequest<?> request) {
        return page(request, FormErrors.none(), null);
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<FormImportPage>> upload(HttpRequest<?> request, Authentication authentication,
                                                      @Nullable @Part("file") CompletedFileUpload file,
                                                      @Nullable @Part("csrfToken") CsrfPart csrfToken) {
        if (file == null || file.getSize() == 0 && (file.getFilename() == null || file.getFilename().isBlank())) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(request, FormErrors.key("file", "feedback.formImport.chooseFile"), null));
        }
        try (InputStream in = file.getInputStream()) {
            Locale locale = messages.page(request);
            FormImportReport report = imports.importFile(Actor.of(authentication), in)
                    .inWords(p -> messages.text(p, locale));
            return HttpResponse.status(report.hasErrors() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
                    .body(page(request, FormErrors.none(), report));
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.INVALID) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, FormErrors.of(e), null));
        } catch (IOException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(request, FormErrors.key("file", "feedback.formImport.chooseFile"), null));
        }
    }

    @Get("/mau.csv")
    HttpResponse<byte[]> csvTemplate(Authentication authentication) {
        return HttpResponse.ok(FormTemplates.csv(instruments.active(false), unitCode(authentication), yesterday()))
                .contentType(TableExport.CSV)
                .header("Content-Disposition", "attachment; filename=\"mau-phieu-khao-sat.csv\"");
    }

    @Get("/mau.xlsx")
    HttpResponse<byte[]> xlsxTemplate(Authentication authentication) {
        return HttpResponse.ok(FormTemplates.xlsx(instruments.active(false), unitCode(authentication), yesterday()))
                .contentType(TableExport.XLSX)
                .header("Content-Disposition", "attachment; filename=\"mau-phieu-khao-sat.xlsx\"");
    }

    private String unitCode(Authentication authentication) {
        return directory.unitById(Actor.of(authentication).unitId()).map(Unit::code).orElse("");
    }

    private LocalDate yesterday() {
        return clock.instant().atZone(ClockFactory.VIETNAM).toLocalDate().minusDays(1);
    }

    private ModelAndView<FormImportPage> page(HttpRequest<?> request, FormErrors errors,
                                              @Nullable FormImportReport report) {
        boolean english = messages.page(request).getLanguage().equals("en");
        Instrument instrument = instruments.active(english);
        List<ColumnHelp> columns = FormColumn.beforeCriteria().stream().map(ColumnHelp::of).toList();
        List<CriterionHelp> criteria = instrument.elements().stream().flatMap(e -> e.criteria().stream())
                .map(c -> new CriterionHelp(c.code(), c.text())).toList();
        return new ModelAndView<>("admin/import/survey-forms", new FormImportPage(BASE, errors, report,
                instrument.name(), columns, criteria, ColumnHelp.of(FormColumn.COMMENT),
                BASE + "/mau.csv", BASE + "/mau.xlsx"));
    }

    /** The upload form, the report of the last upload when there is one, the templates and what each column holds. */
    @Introspected
    record FormImportPage(String action, FormErrors errors, @Nullable FormImportReport report, String instrumentName,
                          List<ColumnHelp> columns, List<CriterionHelp> criteria, ColumnHelp commentColumn,
                          String csvTemplate, String xlsxTemplate) {
    }

    /** A fixed column: its header, whether it must be filled, and the bundle key of its explanation. */
    @Introspected
    record ColumnHelp(String header, boolean required, String labelKey, String helpKey) {
        static ColumnHelp of(FormColumn c) {
            String key = "feedback.formImport.column." + c.header();
            return new ColumnHelp(c.header(), c.required(), key, key + ".help");
        }
    }

    /** A criterion column: its header (the criterion's code) and the criterion's wording. */
    @Introspected
    record CriterionHelp(String code, String text) {
    }
}
