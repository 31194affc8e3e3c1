package vn.hailong.kiosk;

import jakarta.inject.Singleton;
import vn.hailong.feedback.RatingKiosks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Answers the feedback feature's questions about kiosks from the kiosk feature's own table. */
@Singleton
class KioskBindings implements RatingKiosks {

    private final Kiosks kiosks;

    KioskBindings(Kiosks kiosks) {
        this.kiosks = kiosks;
    }

    @Override
    public Binding binding(long kioskId) {
        return kiosks.findById(kioskId).map(k -> new Binding(k.counterId(), k.officerId())).orElse(Binding.NONE);
    }

    @Override
    public Map<Long, String> codes(Collection<Long> kioskIds) {
        Map<Long, String> codes = new HashMap<>();
        if (!kioskIds.isEmpty()) {
            kiosks.findByIdIn(kioskIds).forEach(k -> codes.put(k.id(), k.code()));
        }
        return codes;
    }
}
