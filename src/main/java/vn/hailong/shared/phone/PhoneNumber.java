package vn.hailong.shared.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.Objects;

/**
 * A citizen's Vietnamese mobile number in E.164 ({@code +84912345678}), the one place phone numbers are normalised
 * (domain.md D.17, style.md §4.6). Accepts what people type: {@code 0912 345 678}, {@code 0912.345.678},
 * {@code 84912345678}, {@code +84 912 345 678}, and pre-2019 11-digit numbers ({@code 0123 456 7890} becomes
 * {@code +84834567890} through the prefix table). Anything that is not a mobile number (landlines, foreign numbers,
 * short codes, junk) is refused with a message a citizen can act on. {@link #toString()} is masked, so a number
 * that reaches a log line or an exception message does not leak; {@link #e164()} is the full value, to be
 * encrypted before it is stored.
 */
public final class PhoneNumber {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final LegacyMobilePrefixes LEGACY = LegacyMobilePrefixes.load();
    private static final String INVALID = InvalidPhoneNumber.NOT_MOBILE;

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /** Normalises and validates; throws {@link InvalidPhoneNumber} with a message key on anything else. */
    public static PhoneNumber parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidPhoneNumber(InvalidPhoneNumber.EMPTY);
        }
        String compact = input.strip().replaceAll("[\\s.\\-()/]", "");
        if (!compact.matches("\\+?\\d{6,16}")) {
            throw new InvalidPhoneNumber(INVALID);
        }
        String national = national(compact);
        national = LEGACY.modernise(national).orElse(national);
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(national, "VN");
            PhoneNumberType type = UTIL.getNumberType(number);
            if (number.getCountryCode() != 84 || !UTIL.isValidNumberForRegion(number, "VN")
                    || (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE)) {
                throw new InvalidPhoneNumber(INVALID);
            }
            return new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumber(INVALID);
        }
    }

    /** The national form with its leading 0, whatever international prefix was typed. */
    private static String national(String compact) {
        if (compact.startsWith("+84")) {
            return "0" + compact.substring(3);
        }
        if (compact.startsWith("+")) {
            throw new InvalidPhoneNumber(InvalidPhoneNumber.FOREIGN);
        }
        if (compact.startsWith("0084")) {
            return "0" + compact.substring(4);
        }
        if (compact.startsWith("84") && compact.length() >= 11) {
            return "0" + compact.substring(2);
        }
        if (!compact.startsWith("0")) {
            return "0" + compact;
        }
        return compact;
    }

    /** The full number, {@code +84912345678}. Personal data: encrypt before storing, never log. */
    public String e164() {
        return e164;
    }

    /** The last four digits, which a citizen types to look up a complaint's status. */
    public String lastFour() {
        return e164.substring(e164.length() - 4);
    }

    /** {@code +8491*****78}: enough to recognise a number, not enough to call it. */
    public String masked() {
        int keepStart = 5;
        int keepEnd = 2;
        return e164.substring(0, keepStart) + "*".repeat(e164.length() - keepStart - keepEnd)
                + e164.substring(e164.length() - keepEnd);
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber other && other.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return Objects.hash(e164);
    }
}
