package vn.hailong.sms;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;
import java.util.List;

/**
 * The phones of a unit's managers that hear of complaints escalated to the unit (table sms_alert_phones, kept by
 * admins on the messages page); SQL in {@code sms.persistence}.
 */
public interface AlertPhones {

    record AlertPhone(long id, long unitId, PhoneNumber phone, String label) {
    }

    List<AlertPhone> ofUnit(long unitId);

    List<AlertPhone> all();

    /** @return false when the unit had this number already */
    boolean add(long unitId, PhoneNumber phone, String label, String by, Instant at);

    boolean remove(long id);
}
