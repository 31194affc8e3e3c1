package vn.hailong.sms;

import vn.hailong.shared.phone.PhoneNumber;

/** Numbers that asked for no more messages (STOP/HUY); table sms_opt_outs. */
public interface OptOuts {

    boolean optedOut(PhoneNumber phone);

    /** @return false when the number had opted out already */
    boolean optOut(PhoneNumber phone, String source);

    /** @return false when the number had not opted out */
    boolean optIn(PhoneNumber phone);
}
