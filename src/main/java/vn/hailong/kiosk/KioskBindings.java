package vn.hailong.kiosk;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import com.github.benmanes.caffeine.cache.Cache;
import jakarta.inject.Singleton;
import vn.hailong.shared.cache.HotPathCaches;
import vn.hailong.kiosk.persistence.Kiosks;
import vn.hailong.feedback.RatingKiosks;
import vn.hailong.feedback.RatingRecorded;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers the feedback feature's questions about kiosks from the kiosk feature's own tables. Contacts are spans of
 * server time in which the kiosk was heard from (heartbeats, ratings) at most {@code hailong.kiosk.contact-gap}
 * apart: three missed heartbeats (60 s each) end a span.
 */
@Singleton
class KioskBindings implements RatingKiosks {

    private final Kiosks kiosks;
    private final KioskStore store;
    private final Duration contactGap;

    /** A kiosk's counter and officer are fixed when it is registered; cached for the rating hot path. */
    private final Cache<Long, Binding> bindings;

    KioskBindings(Kiosks kiosks, KioskStore store,
                  @Value("${hailong.kiosk.contact-gap:3m}") Duration contactGap, HotPathCaches caches) {
        this.bindings = caches.build();
        this.kiosks = kiosks;
        this.store = store;
        this.contactGap = contactGap;
    }

    @Override
    public Binding binding(long kioskId) {
        return bindings.get(kioskId, id -> kiosks.findById(id).map(k -> new Binding(k.counterId(), k.officerId()))
                .orElse(Binding.NONE));
    }

    @Override
    public Map<Long, String> codes(Collection<Long> kioskIds) {
        Map<Long, String> codes = new HashMap<>();
        if (!kioskIds.isEmpty()) {
            kiosks.findByIdIn(kioskIds).forEach(k -> codes.put(k.id(), k.code()));
        }
        return codes;
    }

    @Override
    public Presence presence(long kioskId, Instant at) {
        return new Presence(store.inContact(kioskId, at), store.firstContactAfter(kioskId, at).orElse(null));
    }

    /** A rating from a kiosk is contact too, recorded in the rating's transaction. */
    @EventListener
    void onRating(RatingRecorded rating) {
        if (rating.kioskId() != null) {
            store.recordContact(rating.kioskId(), rating.receivedAt(), contactGap, false);
        }
    }
}
