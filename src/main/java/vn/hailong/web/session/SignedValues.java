package vn.hailong.web.session;

import io.micronaut.context.annotation.Context;
import vn.hailong.shared.ids.Digests;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * HMAC-SHA256 signatures under the server's key ({@link SessionStore#signingKey()}, the same on every node), for
 * values the server hands to a browser and must recognise later without keeping them: the sign-in form's token and
 * one-time messages. Each use names its purpose, so a value signed for one cannot pass as another. Loaded at start-up
 * (a context bean), so no request waits for the database to read it.
 */
@Context
public class SignedValues {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final SecretKeySpec key;

    SignedValues(SessionStore store) {
        this.key = new SecretKeySpec(store.signingKey(), "HmacSHA256");
    }

    /** {@code payload.signature}; the payload must not contain a dot. */
    public String sign(String purpose, String payload) {
        return payload + "." + signature(purpose, payload);
    }

    /** The payload of a value this server signed for the purpose, if it is one. */
    public Optional<String> verify(String purpose, String signed) {
        if (signed == null) {
            return Optional.empty();
        }
        int dot = signed.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = signed.substring(0, dot);
        byte[] expected = signature(purpose, payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(payload) : Optional.empty();
    }

    private String signature(String purpose, String payload) {
        return B64.encodeToString(Digests.hmacSha256(key, purpose, payload));
    }
}
