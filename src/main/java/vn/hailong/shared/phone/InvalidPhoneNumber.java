package vn.hailong.shared.phone;

/**
 * The input is not a Vietnamese mobile number. {@link #key()} (also the message) is a key of the {@code phone}
 * bundle ({@code i18n/phone*.properties}) saying so to a citizen; the web layer puts it into words.
 */
public final class InvalidPhoneNumber extends IllegalArgumentException {

    public static final String EMPTY = "phone.error.empty";
    public static final String NOT_MOBILE = "phone.error.notMobile";
    public static final String FOREIGN = "phone.error.foreign";

    InvalidPhoneNumber(String key) {
        super(key);
    }

    public String key() {
        return getMessage();
    }
}
