package vn.hailong.sms;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;
import java.util.List;

/** The opt-out list as the admin page shows it (newest first); adding and removing go through {@link OptOuts}. */
public interface OptOutList {

    record Entry(String phoneIndex, PhoneNumber phone, Instant optedOutAt, String source) {
    }

    List<Entry> newest(int limit);

    long count();

    /** @return false when no number with this blind index had opted out */
    boolean removeByIndex(String phoneIndex);
}
