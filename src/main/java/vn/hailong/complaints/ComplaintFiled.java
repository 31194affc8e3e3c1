package vn.hailong.complaints;

import java.time.Instant;

/**
 * A complaint was filed, published inside the storing transaction (see {@code vn.hailong.feedback} package-info
 * for how to listen): what follow-up cases, routing and SMS react to instead of intake calling them.
 */
public record ComplaintFiled(long complaintId, String trackingCode, ComplaintKind kind, String channel, Long unitId,
                             Long sectorId, Long kioskId, Instant receivedAt, Instant dueAt) {

    static ComplaintFiled of(ComplaintStore.NewComplaint c, Instant dueAt) {
        return new ComplaintFiled(c.id(), c.trackingCode(), c.kind(), c.channel(), c.unitId(), c.sectorId(),
                c.kioskId(), c.receivedAt(), dueAt);
    }
}
