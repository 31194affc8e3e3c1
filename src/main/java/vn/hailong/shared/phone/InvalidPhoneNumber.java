package vn.hailong.shared.phone;

/** The input is not a Vietnamese mobile number; the message says so to a citizen (Vietnamese, English after). */
public final class InvalidPhoneNumber extends IllegalArgumentException {

    InvalidPhoneNumber(String message) {
        super(message);
    }
}
