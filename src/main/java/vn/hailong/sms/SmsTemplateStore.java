package vn.hailong.sms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Templates as stored; implemented with SQL in {@code sms.persistence}. */
public interface SmsTemplateStore {

    List<SmsTemplate> all();

    Optional<SmsTemplate> byPurpose(SmsPurpose purpose);

    void save(SmsPurpose purpose, SmsEncoding encoding, String body, Instant at, String by);
}
