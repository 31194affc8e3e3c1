package vn.hailong.sms;

/** How a template is sent: GSM-7 (unaccented, 160 / 153 per part) or UNICODE (UCS-2, 70 / 67 per part). */
public enum SmsEncoding {
    GSM7,
    UNICODE
}
