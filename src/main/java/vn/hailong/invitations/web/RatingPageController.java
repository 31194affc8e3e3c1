package vn.hailong.invitations.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.Instrument;
import vn.hailong.feedback.Instruments;
import vn.hailong.feedback.RatingReceipt;
import vn.hailong.invitations.DecreeItems;
import vn.hailong.invitations.DossierInvitations;
import vn.hailong.invitations.Invitation;
import vn.hailong.invitations.InvitationSettings;
import vn.hailong.invitations.InvitationStore;
import vn.hailong.invitations.InvitationTokens;
import vn.hailong.invitations.InvitedRatings;
import vn.hailong.invitations.cards.RatingCard;
import vn.hailong.invitations.cards.RatingCards;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.FormErrors;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.limits.TooManyRequests;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The phone rating page (issue 11 items 8 and 9), no sign-in, light enough for a cheap phone and without
 * JavaScript: {@code /danh-gia/<token>} rates an invited dossier (the SMS link), {@code /danh-gia/q/<token>} rates
 * the counter or officer of a QR card (walk-up), {@code /danh-gia} finds a dossier's page by its code and the last
 * four phone digits. A hidden form key makes a double submit one rating; a dossier already rated says so and still
 * takes a rating, which the intake keeps flagged.
 */
@Controller(RatingPageController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RatingPageController {

    static final String BASE = "/danh-gia";
    /** The public complaint page (complaints.web.PublicComplaintController); {@code ma} names the dossier. */
    static final String COMPLAINT = "/phan-anh";
    /** Scores at or below this offer the complaint path ("Không hài lòng", "Rất không hài lòng"). */
    static final int UNHAPPY = 2;
    static final String SCORE = "score";
    /** Criterion radios are named this and the criterion's code; Decree items {@code d1} ... {@code d9}. */
    static final String ANSWER_PREFIX = "c_";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ClockFactory.VIETNAM);

    private final InvitationStore invitations;
    private final InvitedRatings ratings;
    private final DossierInvitations dossierInvitations;
    private final RatingCards cards;
    private final Directory directory;
    private final Instruments instruments;
    private final DecreeItems decreeItems;
    private final InvitationSettings settings;
    private final RatingPageLimits limits;
    private final RuleViolationMessages messages;

    RatingPageController(InvitationStore invitations, InvitedRatings ratings, DossierInvitations dossierInvitations,
                         RatingCards cards, Directory directory, Instruments instruments, DecreeItems decreeItems,
                         InvitationSettings settings, RatingPageLimits limits, RuleViolationMessages messages) {
        this.invitations = invitations;
        this.ratings = ratings;
        this.dossierInvitations = dossierInvitations;
        this.cards = cards;
        this.directory = directory;
        this.instruments = instruments;
        this.decreeItems = decreeItems;
        this.settings = settings;
        this.limits = limits;
        this.messages = messages;
    }

    // ---- the look-up by dossier code and the last four digits

    @Serdeable
    record LookupForm(@Nullable String code, @Nullable String digits, @Nullable String csrfToken) implements CsrfForm {
    }

    /** @param noticeKey not found, or too many misses (then {@code noticeArg} minutes to wait) */
    @Introspected
    record LookupPage(String code, @Nullable String noticeKey, long noticeArg) {
    }

    @Get
    ModelAndView<LookupPage> lookupForm(@Nullable @QueryValue("ma") String code) {
        return new ModelAndView<>("invitations/lookup", new LookupPage(text(code), null, 0));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> lookUp(HttpRequest<?> request, @Body LookupForm form) {
        String code = text(form.code());
        String digits = text(form.digits());
        try {
            Optional<Invitation> found = limits.lookUp(request, code,
                    () -> dossierInvitations.byCodeAndDigits(code, digits));
            if (found.isPresent()) {
                return HttpResponse.seeOther(URI.create(BASE + "/" + found.get().token()));
            }
            // the same answer for an unknown code, wrong digits and a dossier not yet returned
            return HttpResponse.ok(new ModelAndView<>("invitations/lookup",
                    new LookupPage(code, "invitations.lookup.notFound", 0)));
        } catch (TooManyRequests e) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .body(new ModelAndView<>("invitations/lookup", new LookupPage(code, "invitations.page.tooMany",
                            minutes(e))));
        }
    }

    // ---- the rating page

    /** One criterion the page asks, on the same five levels. */
    @Introspected
    record Question(String name, String text, @Nullable Integer chosen) {
    }

    /** One Decree 61 item: {@code name} d1..d9, answered 2 (good), 1 (acceptable) or 0 (poor). */
    @Introspected
    record DecreeQuestion(String name, int number, @Nullable Integer chosen) {
    }

    /**
     * The form: what is rated (the unit, and the procedure and dossier code, or the counter or officer of a card),
     * the scale, the criteria, the comment, and the hidden form key.
     */
    @Introspected
    record RatePage(String action, String unitName, @Nullable String procedureName, @Nullable String dossierCode,
                    @Nullable String counterName, @Nullable String officerName, List<Question> questions,
                    List<DecreeQuestion> decree, @Nullable Integer score, String comment, String formKey,
                    FormErrors errors, @Nullable String ratedAt) {

        RatePage withKey(String key) {
            return new RatePage(action, unitName, procedureName, dossierCode, counterName, officerName, questions,
                    decree, score, comment, key, errors, ratedAt);
        }
    }

    @Introspected
    record ThanksPage(int score, boolean unhappy, @Nullable String complaintHref, @Nullable String dossierCode,
                      boolean flagged, String unitName) {
    }

    @Introspected
    record RatedPage(String dossierCode, String unitName, String ratedAt, String againHref, String complaintHref) {
    }

    /** The unknown or revoked link, or too many walk-up ratings: {@code messageKey} says which. */
    @Introspected
    record NoticePage(String titleKey, String messageKey, long messageArg) {
    }

    @Get("/{token}")
    HttpResponse<?> invitation(HttpRequest<?> request, @PathVariable String token,
                               @Nullable @QueryValue("lai") String again) {
        Optional<Invitation> found = invitation(token);
        if (found.isEmpty()) {
            return notFound();
        }
        Invitation inv = found.get();
        if (inv.rated() && again == null) {
            return HttpResponse.ok(new ModelAndView<>("invitations/rated", new RatedPage(inv.dossierCode(),
                    unitName(inv.unitId()), SHOWN.format(inv.ratedAt()), BASE + "/" + inv.token() + "?lai=1",
                    complaintHref(inv.dossierCode()))));
        }
        return HttpResponse.ok(new ModelAndView<>("invitations/rate", ratePage(request, inv, Map.of(),
                UUID.randomUUID().toString(), FormErrors.none())));
    }

    @Post("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rateInvitation(HttpRequest<?> request, @PathVariable String token, @Body RateForm form,
                                   @Body Map<String, String> fields) {
        Optional<Invitation> found = invitation(token);
        if (found.isEmpty()) {
            return notFound();
        }
        Invitation inv = found.get();
        Posted posted = posted(request, fields, form);
        if (posted.errors() != null) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, ratePage(request, inv, fields, posted.formKey(),
                    posted.errors()));
        }
        try {
            RatingReceipt receipt = ratings.rate(inv, Channel.WEB, posted.score(), posted.answers(),
                    posted.comment(), null, posted.formKey());
            decreeItems.record(receipt, posted.decree());
            return HttpResponse.ok(new ModelAndView<>("invitations/thanks", thanks(posted.score(),
                    inv.dossierCode(), receipt.flagged(), unitName(inv.unitId()))));
        } catch (RuleViolation e) {
            return refusedBy(e, request, ratePage(request, inv, fields, UUID.randomUUID().toString(),
                    FormErrors.none()), fields, posted);
        }
    }

    // ---- walk-up ratings through a QR card

    @Get("/q/{token}")
    HttpResponse<?> card(HttpRequest<?> request, @PathVariable String token) {
        Optional<RatingCard> card = cards.live(token);
        if (card.isEmpty()) {
            return notFound();
        }
        return HttpResponse.ok(new ModelAndView<>("invitations/rate", cardPage(request, card.get(), Map.of(),
                UUID.randomUUID().toString(), FormErrors.none())));
    }

    @Post("/q/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rateCard(HttpRequest<?> request, @PathVariable String token, @Body RateForm form,
                             @Body Map<String, String> fields) {
        Optional<RatingCard> found = cards.live(token);
        if (found.isEmpty()) {
            return notFound();
        }
        RatingCard card = found.get();
        Posted posted = posted(request, fields, form);
        if (posted.errors() != null) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, cardPage(request, card, fields, posted.formKey(),
                    posted.errors()));
        }
        try {
            RatingReceipt receipt = limits.walkUp(request, card.id(), posted.formKey(),
                    () -> cards.rate(card, posted.score(), posted.answers(), posted.comment(), posted.formKey()));
            return HttpResponse.ok(new ModelAndView<>("invitations/thanks", thanks(posted.score(), null,
                    receipt.flagged(), unitName(card.unitId()))));
        } catch (TooManyRequests e) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .body(new ModelAndView<>("invitations/notice", new NoticePage("invitations.page.tooMany.title",
                            "invitations.page.tooMany", minutes(e))));
        } catch (RuleViolation e) {
            return refusedBy(e, request, cardPage(request, card, fields, UUID.randomUUID().toString(),
                    FormErrors.none()), fields, posted);
        }
    }

    // ---- the form as posted

    /**
     * The fixed fields; the answers (c_&lt;criterion&gt;, d1..d9) are read from the whole body, which is why this
     * form, unlike the others, lets names it does not know pass.
     */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RateForm(@Nullable String score, @Nullable String comment, @Nullable String formKey,
                    @Nullable String csrfToken) implements CsrfForm {
    }

    /** @param errors null when the form can go to the intake */
    record Posted(int score, Map<String, Integer> answers, Map<Integer, Integer> decree, @Nullable String comment,
                  String formKey, @Nullable FormErrors errors) {
    }

    private Posted posted(HttpRequest<?> request, Map<String, String> fields, RateForm form) {
        String formKey = form.formKey() == null || form.formKey().isBlank() ? UUID.randomUUID().toString()
                : form.formKey().strip();
        Integer score = level(form.score(), 1, 5);
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<Integer, Integer> decree = new LinkedHashMap<>();
        for (Question q : questions(request, Map.of())) {
            Integer v = level(fields.get(q.name()), 1, 5);
            if (v != null) {
                answers.put(q.name().substring(ANSWER_PREFIX.length()), v);
            }
        }
        if (settings.isDecreeItems()) {
            for (int i = 1; i <= DecreeItems.COUNT; i++) {
                Integer v = level(fields.get("d" + i), 0, 2);
                if (v != null) {
                    decree.put(i, v);
                }
            }
        }
        String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        FormErrors errors = score == null ? FormErrors.key(SCORE, "invitations.page.error.score") : null;
        return new Posted(score == null ? 0 : score, answers, decree, comment, formKey, errors);
    }

    private HttpResponse<?> refusedBy(RuleViolation e, HttpRequest<?> request, RatePage fresh,
                                      Map<String, String> fields, Posted posted) {
        if (e.kind() == RuleViolation.Kind.CONFLICT) {
            // this form was sent before with other choices (the back button): a new form, and it says so
            return refused(HttpStatus.CONFLICT, withErrors(fresh, fields,
                    FormErrors.key(FormErrors.FORM, "invitations.page.error.alreadySent")));
        }
        if (e.kind() != RuleViolation.Kind.INVALID) {
            throw e;
        }
        return refused(HttpStatus.UNPROCESSABLE_ENTITY, withErrors(fresh, fields, FormErrors.of(e))
                .withKey(posted.formKey()));
    }

    private static HttpResponse<?> refused(HttpStatus status, RatePage page) {
        return HttpResponse.status(status).body(new ModelAndView<>("invitations/rate", page));
    }

    private static RatePage withErrors(RatePage page, Map<String, String> fields, FormErrors errors) {
        return new RatePage(page.action(), page.unitName(), page.procedureName(), page.dossierCode(),
                page.counterName(), page.officerName(), page.questions(), page.decree(),
                level(fields.get(SCORE), 1, 5), text(fields.get("comment")), page.formKey(), errors, page.ratedAt());
    }

    // ---- building the pages

    private Optional<Invitation> invitation(String token) {
        String t = token == null ? "" : token.strip().toUpperCase(Locale.ROOT);
        return InvitationTokens.wellFormed(t) ? invitations.byToken(t) : Optional.empty();
    }

    private RatePage ratePage(HttpRequest<?> request, Invitation inv, Map<String, String> fields, String formKey,
                              FormErrors errors) {
        String procedure = inv.procedureId() == null ? null
                : directory.procedureById(inv.procedureId()).map(Procedure::name).orElse(null);
        return new RatePage(BASE + "/" + inv.token(), unitName(inv.unitId()), procedure, inv.dossierCode(), null,
                null, questions(request, fields), decree(fields), level(fields.get(SCORE), 1, 5),
                text(fields.get("comment")), formKey, errors,
                inv.ratedAt() == null ? null : SHOWN.format(inv.ratedAt()));
    }

    private RatePage cardPage(HttpRequest<?> request, RatingCard card, Map<String, String> fields, String formKey,
                              FormErrors errors) {
        String counter = card.counterId() == null ? null
                : directory.counterById(card.counterId()).map(Counter::name).orElse(null);
        String officer = card.officerId() == null ? null
                : directory.officerById(card.officerId()).map(Officer::fullName).orElse(null);
        return new RatePage(BASE + "/q/" + card.token(), unitName(card.unitId()), null, null, counter, officer,
                questions(request, fields), decree(fields), level(fields.get(SCORE), 1, 5),
                text(fields.get("comment")), formKey, errors, null);
    }

    private List<Question> questions(HttpRequest<?> request, Map<String, String> fields) {
        boolean english = messages.page(request).getLanguage().equals("en");
        List<Instrument.Criterion> criteria = instruments.questionsFor(Channel.WEB, null, instruments.today(),
                english);
        return criteria.stream().map(c -> new Question(ANSWER_PREFIX + c.code(), c.text(),
                level(fields.get(ANSWER_PREFIX + c.code()), 1, 5))).toList();
    }

    private List<DecreeQuestion> decree(Map<String, String> fields) {
        if (!settings.isDecreeItems()) {
            return List.of();
        }
        return java.util.stream.IntStream.rangeClosed(1, DecreeItems.COUNT)
                .mapToObj(i -> new DecreeQuestion("d" + i, i, level(fields.get("d" + i), 0, 2))).toList();
    }

    private ThanksPage thanks(int score, @Nullable String dossierCode, boolean flagged, String unitName) {
        boolean unhappy = score <= UNHAPPY;
        return new ThanksPage(score, unhappy, unhappy ? complaintHref(dossierCode) : null, dossierCode, flagged,
                unitName);
    }

    static String complaintHref(@Nullable String dossierCode) {
        return dossierCode == null ? COMPLAINT
                : COMPLAINT + "?ma=" + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8);
    }

    private String unitName(long unitId) {
        return directory.unitById(unitId).map(Unit::name).orElse("");
    }

    private static HttpResponse<?> notFound() {
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("invitations/notice",
                new NoticePage("invitations.notFound.title", "invitations.notFound.text", 0)));
    }

    private static @Nullable Integer level(@Nullable String value, int min, int max) {
        if (value == null || !value.strip().matches("\\d")) {
            return null;
        }
        int v = Integer.parseInt(value.strip());
        return v >= min && v <= max ? v : null;
    }

    private static long minutes(TooManyRequests e) {
        return Math.max(1, (e.retryAfterSeconds() + 59) / 60);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
