package vn.hailong.shared.phone;

import jakarta.inject.Singleton;
import vn.hailong.shared.crypto.PersonalDataCipher;

/**
 * The one blind index of a citizen's phone shared by dossiers, rating invitations, the SMS outbox and the opt-out
 * list, so that "this number's last invited dossier", "messages to this number today" and "has this number opted
 * out" are exact look-ups on equal indexes. (Complaints keep their own purpose: their index predates this one.)
 */
@Singleton
public class PhoneIndex {

    public static final String PURPOSE = "citizen.phone";

    private final PersonalDataCipher cipher;

    public PhoneIndex(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public String of(PhoneNumber phone) {
        return cipher.blindIndex(phone.e164(), PURPOSE);
    }

    public byte[] encrypt(PhoneNumber phone, String column) {
        return cipher.encrypt(phone.e164(), column);
    }

    public PhoneNumber decrypt(byte[] stored, String column) {
        return PhoneNumber.parse(cipher.decrypt(stored, column));
    }
}
