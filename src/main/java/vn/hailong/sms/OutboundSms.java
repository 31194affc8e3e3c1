package vn.hailong.sms;

import vn.hailong.shared.phone.PhoneNumber;

import java.util.Map;
import java.util.Objects;

/**
 * One message to queue: the purpose picks the template, {@code params} fill its placeholders ({@code {code}},
 * {@code {link}} ...). {@code dedupeKey} makes queueing idempotent: the same key queues one message however often it is
 * asked ("invitation:&lt;dossier id&gt;").
 *
 * @param unitId the unit the message is sent for (admin pages are scoped by it), or null
 */
public record OutboundSms(SmsPurpose purpose, PhoneNumber to, Map<String, String> params, String dedupeKey,
                          Long unitId) {

    public OutboundSms {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
