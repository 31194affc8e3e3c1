package vn.hailong.sms.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.sms.SmsEncoding;
import vn.hailong.sms.SmsPurpose;
import vn.hailong.sms.SmsSegments;
import vn.hailong.sms.SmsTemplate;
import vn.hailong.sms.SmsTemplates;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * SMS templates {@code /quan-tri/tin-nhan/mau}: each purpose's text with the message it makes from sample values,
 * its characters and segments; the edit form shows the same preview of what was typed (the Preview button, no
 * JavaScript needed) and refuses a text that does not fit (one GSM-7 segment; a UNICODE text up to the configured
 * segments) with the count.
 */
@Controller(SmsTemplatesAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class SmsTemplatesAdminController {

    static final String BASE = "/quan-tri/tin-nhan/mau";

    private final SmsTemplates templates;
    private final FlashMessages flash;

    SmsTemplatesAdminController(SmsTemplates templates, FlashMessages flash) {
        this.templates = templates;
        this.flash = flash;
    }

    @Get
    ModelAndView<ListPage> list() {
        List<Row> rows = templates.all().stream().map(t -> new Row(t.purpose().name(), t.encoding().name(),
                new PreviewView(templates.preview(t)), BASE + "/" + t.purpose().name().toLowerCase(Locale.ROOT))).toList();
        return new ModelAndView<>("sms/templates/list", new ListPage(rows));
    }

    @Get("/{purpose}")
    ModelAndView<FormPage> edit(@PathVariable String purpose) {
        SmsTemplate t = templates.get(purpose(purpose));
        return form(t.purpose(), new TemplateForm(t.encoding().name(), t.body(), null), FormErrors.none());
    }

    @Post("/{purpose}/xem-truoc")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<FormPage> preview(@PathVariable String purpose, @Body TemplateForm f) {
        return form(purpose(purpose), f, FormErrors.none());
    }

    @Post("/{purpose}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Authentication authentication, @PathVariable String purpose,
                         @Body TemplateForm f) {
        SmsPurpose p = purpose(purpose);
        try {
            templates.save(Actor.of(authentication), p, encoding(f.encoding()), f.body());
            flash.success(request, "sms.templates.flash.saved", p.name());
            return HttpResponse.seeOther(URI.create(BASE));
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.INVALID) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(p, f, FormErrors.of(e)));
        }
    }

    private ModelAndView<FormPage> form(SmsPurpose purpose, TemplateForm f, FormErrors errors) {
        SmsEncoding encoding = encoding(f.encoding());
        SmsTemplates.Preview preview = templates.preview(purpose, encoding, f.body());
        List<SelectOption> encodings = Arrays.stream(SmsEncoding.values()).map(e -> SelectOption.key(e.name(),
                "sms.encoding." + e.name(), e == encoding)).toList();
        String path = BASE + "/" + purpose.name().toLowerCase(Locale.ROOT);
        return new ModelAndView<>("sms/templates/form", new FormPage(purpose.name(), path, path + "/xem-truoc",
                f.body() == null ? "" : f.body(), encodings, new PreviewView(preview), errors, BASE));
    }

    private static SmsPurpose purpose(String value) {
        try {
            return SmsPurpose.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.notFound("sms.error.template.notFound");
        }
    }

    private static SmsEncoding encoding(@Nullable String value) {
        return "UNICODE".equals(value) ? SmsEncoding.UNICODE : SmsEncoding.GSM7;
    }

    @Introspected
    record ListPage(List<Row> rows) {
    }

    @Introspected
    record Row(String purpose, String encoding, PreviewView preview, String href) {
    }

    /**
     * The preview: the text as it will be stored, the message with sample values, and both counts; {@code fits}
     * whether the worst case is within {@code maxSegments}.
     */
    @Introspected
    record PreviewView(String body, String sample, String sampleEncoding, int sampleUnits, int sampleSegments,
                       int worstUnits, int worstSegments, int perSegment, int maxSegments, boolean fits) {
        PreviewView(SmsTemplates.Preview p) {
            this(p.body(), p.sample(), p.sampleCount().encoding().name(), p.sampleCount().units(),
                    p.sampleCount().segments(), p.worstCount().units(), p.worstCount().segments(),
                    p.worstCount().encoding() == SmsEncoding.GSM7 ? SmsSegments.GSM7_SINGLE : SmsSegments.UCS2_SINGLE,
                    p.maxSegments(), p.problem() == null);
        }
    }

    @Introspected
    record FormPage(String purpose, String action, String previewAction, String body, List<SelectOption> encodingOptions,
                    PreviewView preview, FormErrors errors, String backHref) {
    }

    @Serdeable
    @Introspected
    record TemplateForm(@Nullable String encoding, @Nullable String body, @Nullable String csrfToken)
            implements CsrfForm {
    }
}
