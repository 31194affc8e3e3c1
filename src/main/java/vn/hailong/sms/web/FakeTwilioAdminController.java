package vn.hailong.sms.web;

import io.micronaut.context.annotation.Requires;
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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.shared.phone.InvalidPhoneNumber;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.sms.fake.FakeMessage;
import vn.hailong.sms.fake.FakeTwilio;
import vn.hailong.sms.fake.FakeTwilioLauncher;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * The demo's fake Twilio {@code /quan-tri/tin-nhan/gia-lap} (only with {@code hailong.twilio.fake.enabled}): what it
 * "sent", newest first, and a form that makes a citizen reply by SMS (posted signed to /sms/twilio/inbound). Demo
 * numbers only: the page shows them in full, like a phone's screen would.
 */
@Controller(FakeTwilioAdminController.BASE)
@Requires(property = "hailong.twilio.fake.enabled", value = "true")
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class FakeTwilioAdminController {

    static final String BASE = "/quan-tri/tin-nhan/gia-lap";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ClockFactory.VIETNAM);

    private final FakeTwilioLauncher launcher;
    private final FlashMessages flash;

    FakeTwilioAdminController(FakeTwilioLauncher launcher, FlashMessages flash) {
        this.launcher = launcher;
        this.flash = flash;
    }

    @Get
    ModelAndView<Page> show() {
        return new ModelAndView<>("sms/fake", page(new ReplyForm("", "", null), FormErrors.none()));
    }

    @Post("/tra-loi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reply(HttpRequest<?> request, @Body ReplyForm f) {
        FakeTwilio fake = launcher.fake().orElse(null);
        if (fake == null) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("sms/fake",
                    page(f, FormErrors.key("from", "sms.fake.notRunning"))));
        }
        PhoneNumber from;
        try {
            from = PhoneNumber.parse(f.from());
        } catch (InvalidPhoneNumber e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("sms/fake",
                    page(f, FormErrors.key("from", e.key()))));
        }
        String text = f.text() == null ? "" : f.text().strip();
        if (text.isEmpty() || text.length() > 1600) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("sms/fake",
                    page(f, FormErrors.key("text", "sms.fake.error.text"))));
        }
        try {
            fake.simulateInbound(from.e164(), text);
            flash.success(request, "sms.fake.flash.sent", null);
        } catch (RuntimeException e) {
            flash.error(request, "sms.fake.flash.notDelivered", null);
        }
        return HttpResponse.seeOther(URI.create(BASE));
    }

    private Page page(ReplyForm f, FormErrors errors) {
        FakeTwilio fake = launcher.fake().orElse(null);
        List<Row> rows = fake == null ? List.of() : fake.messages().stream()
                .sorted(Comparator.comparing(FakeMessage::dateCreated).reversed()).limit(200)
                .map(m -> new Row(m.sid(), m.direction(), m.from(), m.to(), m.body(), m.status(),
                        SHOWN.format(m.dateCreated()))).toList();
        return new Page(fake != null, fake == null ? "" : fake.baseUrl(), fake == null ? "" : fake.number(), rows, f,
                errors);
    }

    @Introspected
    record Page(boolean running, String baseUrl, String number, List<Row> rows, ReplyForm form, FormErrors errors) {
    }

    @Introspected
    record Row(String sid, String direction, @Nullable String from, String to, String body, String status,
               String at) {
    }

    @Serdeable
    @Introspected
    record ReplyForm(@Nullable String from, @Nullable String text, @Nullable String csrfToken) implements CsrfForm {
    }
}
