package vn.hailong.invitations.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.hailong.invitations.InvitationSettings;
import vn.hailong.web.limits.AbuseLimits;
import vn.hailong.web.limits.RateLimiter;
import vn.hailong.web.limits.RequestLimits;
import vn.hailong.web.limits.TooManyRequests;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The abuse limits of the public rating pages, counted in the database like the others ({@link RateLimiter}).
 * <ul>
 *   <li>The look-up by dossier code and the last four phone digits: misses per client address and per code from all
 *   addresses, with the complaint tracking page's numbers ({@code hailong.abuse.tracking-*}), counted apart from it.</li>
 *   <li>Walk-up ratings through a QR card: one per card and address per minimum interval, a burst cap per card.
 *   Refused (429, a page saying when to try again) rather than flagged: the intake flags kiosk ratings by the kiosk,
 *   which a card is not. A double submit of one form is not a second rating and passes (the intake replays it).</li>
 * </ul>
 */
@Singleton
class RatingPageLimits {

    private final RequestLimits requests;
    private final RateLimiter lookupMisses;
    private final RateLimiter lookupMissesPerCode;
    private final RateLimiter cardPerAddress;
    private final RateLimiter cardBurst;
    private final RateLimiter cardForms;

    RatingPageLimits(RequestLimits requests, AbuseLimits abuse, InvitationSettings settings,
                     vn.hailong.web.limits.WindowCounters counters, Clock clock) {
        this.requests = requests;
        this.lookupMisses = new RateLimiter(counters, clock, "rating-lookup.address",
                abuse.getTrackingMissesPerPeriod(), abuse.getTrackingPeriod());
        this.lookupMissesPerCode = new RateLimiter(counters, clock, "rating-lookup.code",
                abuse.getTrackingMissesPerCode(), abuse.getTrackingPeriod());
        this.cardPerAddress = new RateLimiter(counters, clock, "rating-card.address", 1, settings.getCardMinInterval());
        this.cardBurst = new RateLimiter(counters, clock, "rating-card.card", settings.getCardBurstMax(),
                settings.getCardBurstWindow());
        this.cardForms = new RateLimiter(counters, clock, "rating-card.form", 1, settings.getCardMinInterval());
    }

    /** A look-up; empty is a miss and stays counted. Counted before it runs, so parallel guesses cannot slip past. */
    <T> Optional<T> lookUp(HttpRequest<?> request, String code, Supplier<Optional<T>> attempt) {
        String address = requests.clientAddress(request);
        String key = code.strip().toUpperCase(Locale.ROOT);
        key = key.substring(0, Math.min(64, key.length()));
        Optional<Duration> wait = lookupMisses.acquire(address);
        if (wait.isPresent()) {
            lookupMisses.release(address);
            throw tooMany(wait.get());
        }
        if (!key.isEmpty()) {
            Optional<Duration> codeWait = lookupMissesPerCode.acquire(key);
            if (codeWait.isPresent()) {
                lookupMissesPerCode.release(key);
                lookupMisses.release(address);
                throw tooMany(codeWait.get());
            }
        }
        Optional<T> found = attempt.get();
        if (found.isPresent()) {
            lookupMisses.release(address);
            if (!key.isEmpty()) {
                lookupMissesPerCode.release(key);
            }
        }
        return found;
    }

    /**
     * A walk-up rating through a card: runs {@code rating} unless the card's limits are used up; the form key of a
     * form already sent passes (it replays the first).
     */
    <T> T walkUp(HttpRequest<?> request, long cardId, String formKey, Supplier<T> rating) {
        if (cardForms.blocked(formKey).isPresent()) {
            return rating.get();
        }
        String address = cardId + "|" + requests.clientAddress(request);
        String card = Long.toString(cardId);
        Optional<Duration> wait = cardPerAddress.acquire(address);
        if (wait.isPresent()) {
            cardPerAddress.release(address);
            throw tooMany(wait.get());
        }
        Optional<Duration> burst = cardBurst.acquire(card);
        if (burst.isPresent()) {
            cardBurst.release(card);
            cardPerAddress.release(address);
            throw tooMany(burst.get());
        }
        try {
            T result = rating.get();
            cardForms.acquire(formKey);
            return result;
        } catch (RuntimeException e) {
            cardBurst.release(card);
            cardPerAddress.release(address);
            throw e;
        }
    }

    private static TooManyRequests tooMany(Duration wait) {
        return new TooManyRequests(wait, "invitations.page.tooMany", Math.max(1, (wait.toSeconds() + 59) / 60));
    }
}
