package vn.hailong.sms.fake;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * The signing side of Twilio's webhook signature ({@code X-Twilio-Signature}), which the SDK only checks
 * ({@code com.twilio.security.RequestValidator}): base64 of HMAC-SHA1, keyed with the auth token, over the full URL
 * followed by every form parameter's name and value, sorted by name.
 */
public final class TwilioSignatures {

    private TwilioSignatures() {
    }

    public static String sign(String authToken, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v == null ? "" : v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
