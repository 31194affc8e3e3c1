package vn.hailong.invitations.replies;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Signs a webhook the way Twilio does (its documented scheme, written out here so that the tests do not check the SDK
 * against itself): HMAC-SHA1 with the auth token over the full URL followed by every form parameter's name and value,
 * sorted by name, base64.
 */
public final class TwilioTestSigner {

    private final String authToken;

    public TwilioTestSigner(String authToken) {
        this.authToken = authToken;
    }

    public String sign(String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
