package vn.hailong.feedback.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.views.ModelAndView;
import vn.hailong.feedback.FlaggedRatings;
import vn.hailong.feedback.FlaggedRatingStore;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.Ago;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.Pager;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Ratings kept aside for review (issue 4 §4): a second rating of one served citizen, or beyond a kiosk's limits.
 * A reviewer releases one (it counts from then on) or keeps it excluded. Admins and managers, within their scope.
 */
@Controller(FlaggedRatingsController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured({"ADMIN", "UNIT_MANAGER", "PROVINCE_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class FlaggedRatingsController {

    static final String BASE = "/quan-tri/danh-gia-can-xem";
    private static final int PAGE_SIZE = 20;
    /** a device clock this far from the server's is worth pointing out */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final FlaggedRatings flagged;
    private final FlashMessages flash;

    FlaggedRatingsController(FlaggedRatings flagged, FlashMessages flash) {
        this.flagged = flagged;
        this.flash = flash;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication, @Nullable @QueryValue("da-xem") Boolean reviewed,
                                @Nullable @QueryValue String trang) {
        boolean all = reviewed != null && reviewed;
        FlaggedRatings.FlaggedPage page = flagged.list(Actor.of(authentication), !all, Pager.requested(trang),
                PAGE_SIZE);
        String base = all ? BASE + "?da-xem=true&" : BASE + "?";
        int n = page.page();
        int total = page.totalPages();
        Pager pager = new Pager(n, total, n > 1 ? base + "trang=" + (n - 1) : null,
                n < total ? base + "trang=" + (n + 1) : null);
        String back = base + "trang=" + n;
        return new ModelAndView<>("feedback/flagged", new ListPage(all, page.rows().stream().map(r -> row(r, back)).toList(),
                page.total(), pager, BASE, BASE + "?da-xem=true"));
    }

    @Post("/{id}/tinh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> release(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                            @Nullable @QueryValue("ve") String back, @Nullable @Body TokenOnlyForm form) {
        return decide(request, authentication, id, back, true);
    }

    @Post("/{id}/loai")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> keepExcluded(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                 @Nullable @QueryValue("ve") String back, @Nullable @Body TokenOnlyForm form) {
        return decide(request, authentication, id, back, false);
    }

    private HttpResponse<?> decide(HttpRequest<?> request, Authentication authentication, String id, String back,
                                   boolean release) {
        try {
            if (release) {
                flagged.release(Actor.of(authentication), id);
            } else {
                flagged.keepExcluded(Actor.of(authentication), id);
            }
            flash.success(request, release ? "feedback.flagged.flash.released" : "feedback.flagged.flash.excluded", id);
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.CONFLICT) {
                throw e;
            }
            flash.error(request, "feedback.flagged.flash.alreadyReviewed", id);
        }
        // only a path of this page is followed back, never an outside address
        String target = back != null && back.startsWith(BASE + "?") ? back : BASE;
        return HttpResponse.seeOther(URI.create(target));
    }

    private static Row row(FlaggedRatingStore.FlaggedRow r, String back) {
        Duration skew = r.receivedAt() == null || r.submittedAt() == null ? Duration.ZERO
                : Duration.between(r.submittedAt(), r.receivedAt()).abs();
        String status = r.releasedAt() != null ? "RELEASED" : r.reviewedAt() != null ? "EXCLUDED" : "PENDING";
        return new Row(Long.toString(r.id()), r.reason() == null ? "UNKNOWN" : r.reason().name(), r.score(),
                r.channel(), Ago.local(r.submittedAt()), Ago.local(r.receivedAt()), skew.compareTo(CLOCK_SKEW) > 0,
                r.unitName(), r.counterName(), r.officerName(), r.kioskCode(), r.comment(), status,
                r.reviewedBy(), Ago.local(r.reviewedAt()),
                BASE + "/" + r.id() + "/tinh?ve=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8),
                BASE + "/" + r.id() + "/loai?ve=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The review list; {@code reviewed} shows every flagged rating, decided ones too. */
    @Introspected
    record ListPage(boolean reviewed, List<Row> rows, long total, Pager pager, String pendingHref, String allHref) {
    }

    /**
     * One flagged rating: when the citizen rated by the device's clock and when the server got it, with
     * {@code clockDiffers} when the two are far apart (an offline kiosk, or a wrong device clock).
     */
    @Introspected
    record Row(String id, String reason, int score, String channel, String deviceTime, String serverTime,
               boolean clockDiffers, String unitName, @Nullable String counterName, @Nullable String officerName,
               @Nullable String kioskCode, @Nullable String comment, String status, @Nullable String reviewedBy,
               String reviewedAt, String releaseAction, String excludeAction) {
        public boolean pending() {
            return "PENDING".equals(status);
        }
    }
}
