package vn.hailong.sms;

import java.time.Instant;

/** The text of one purpose's messages, with {@code {placeholder}}s (table sms_templates). */
public record SmsTemplate(SmsPurpose purpose, SmsEncoding encoding, String body, Instant updatedAt, String updatedBy) {
}
