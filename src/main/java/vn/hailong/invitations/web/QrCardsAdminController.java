package vn.hailong.invitations.web;

import io.micronaut.context.annotation.Value;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.invitations.cards.RatingCard;
import vn.hailong.invitations.cards.RatingCards;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.qr.QrCodes;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * QR cards admin {@code /quan-tri/ma-qr} (issue 11 item 9): the cards of the units in scope, a new card for a
 * counter or an officer, revoking one, and the printable A4 sheet of cards ({@code /in}, print CSS, several cards a
 * page) with the QR, the unit, the counter or officer, "Quét mã để đánh giá" and the short link.
 */
@Controller(QrCardsAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured({"ADMIN", "UNIT_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class QrCardsAdminController {

    static final String BASE = "/quan-tri/ma-qr";
    /** The path of a card's rating page; the token follows. */
    static final String CARD_PAGE = "/danh-gia/q/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ClockFactory.VIETNAM);
    /** The QR's size in pixels: printed at 5 cm it is sharp, and a phone reads it from an arm's length. */
    private static final int QR_PIXELS = 360;

    private final RatingCards cards;
    private final Directory directory;
    private final UnitScope scope;
    private final FlashMessages flash;
    private final String publicBaseUrl;

    QrCardsAdminController(RatingCards cards, Directory directory, UnitScope scope, FlashMessages flash,
                           @Value("${hailong.public-base-url:`http://localhost:8080`}") String publicBaseUrl) {
        this.cards = cards;
        this.directory = directory;
        this.scope = scope;
        this.flash = flash;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** One card as listed; {@code kind} COUNTER or OFFICER. */
    @Introspected
    record Row(long id, String unitName, String kind, String targetName, String link, String created,
               String createdBy, boolean revoked, String revokeAction, String printHref) {
    }

    @Introspected
    record ListPage(List<Row> rows, List<SelectOption.Group> targets, String createAction, String printHref,
                    FormErrors errors) {
    }

    /** One card on the printed sheet. */
    @Introspected
    record PrintedCard(String unitName, String kind, String targetName, String qr, String shortLink) {
    }

    @Introspected
    record SheetPage(List<PrintedCard> cards, String backHref) {
    }

    @Serdeable
    @Introspected
    record CardForm(@Nullable String target, @Nullable String csrfToken) implements CsrfForm {
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication) {
        return listPage(Actor.of(authentication), FormErrors.none(), null);
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body CardForm form) {
        Actor actor = Actor.of(authentication);
        String target = form.target() == null ? "" : form.target().strip();
        try {
            RatingCard card = cards.create(actor, target.startsWith("Q:") ? target.substring(2) : null,
                    target.startsWith("O:") ? target.substring(2) : null);
            flash.success(request, "invitations.cards.flash.created", targetName(card));
            return HttpResponse.seeOther(URI.create(BASE));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            return HttpResponse.status(e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
                    : HttpStatus.UNPROCESSABLE_ENTITY).body(listPage(actor, FormErrors.of(e), target));
        }
    }

    @Post("/{id}/thu-hoi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Nullable @Body TokenOnlyForm form) {
        RatingCard card = cards.revoke(Actor.of(authentication), id);
        flash.success(request, "invitations.cards.flash.revoked", targetName(card));
        return HttpResponse.seeOther(URI.create(BASE));
    }

    /** The printable sheet: every live card in scope, or the one named by {@code the}. */
    @Get("/in")
    ModelAndView<SheetPage> sheet(Authentication authentication, @Nullable @QueryValue("the") Long only) {
        List<PrintedCard> printed = cards.list(Actor.of(authentication)).stream()
                .filter(c -> !c.revoked() && (only == null || only.longValue() == c.id()))
                .map(c -> new PrintedCard(unitName(c.unitId()), kind(c), targetName(c),
                        QrCodes.dataUri(link(c), QR_PIXELS), link(c).replaceFirst("^https?://", "")))
                .toList();
        return new ModelAndView<>("invitations/cards-sheet", new SheetPage(printed, BASE));
    }

    private ModelAndView<ListPage> listPage(Actor actor, FormErrors errors, @Nullable String chosen) {
        List<Row> rows = cards.list(actor).stream().map(c -> new Row(c.id(), unitName(c.unitId()), kind(c),
                targetName(c), link(c), DAY.format(c.createdAt()), c.createdBy(), c.revoked(),
                BASE + "/" + c.id() + "/thu-hoi", BASE + "/in?the=" + c.id())).toList();
        List<SelectOption.Group> targets = new ArrayList<>();
        for (Long unitId : scope.subtreeIds(actor)) {
            Optional<Unit> unit = directory.unitById(unitId);
            if (unit.isEmpty() || !unit.get().active()) {
                continue;
            }
            List<SelectOption> options = new ArrayList<>();
            for (Counter c : directory.countersOf(unitId)) {
                if (c.active()) {
                    options.add(SelectOption.text("Q:" + c.code(), c.name(), ("Q:" + c.code()).equals(chosen)));
                }
            }
            for (Officer o : directory.officersOf(unitId)) {
                if (o.active()) {
                    options.add(SelectOption.text("O:" + o.code(), o.fullName(), ("O:" + o.code()).equals(chosen)));
                }
            }
            if (!options.isEmpty()) {
                targets.add(new SelectOption.Group(unit.get().name(), options));
            }
        }
        return new ModelAndView<>("invitations/cards", new ListPage(rows, targets, BASE + "/moi", BASE + "/in",
                errors));
    }

    private String link(RatingCard c) {
        return publicBaseUrl + CARD_PAGE + c.token();
    }

    private static String kind(RatingCard c) {
        return c.counterId() != null ? "COUNTER" : "OFFICER";
    }

    private String targetName(RatingCard c) {
        return c.counterId() != null ? directory.counterById(c.counterId()).map(Counter::name).orElse("")
                : directory.officerById(c.officerId()).map(Officer::fullName).orElse("");
    }

    private String unitName(long unitId) {
        return directory.unitById(unitId).map(Unit::name).orElse("");
    }
}
