package vn.hailong.sms.twilio;

import com.twilio.security.RequestValidator;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Checks {@code X-Twilio-Signature} on Twilio's webhooks with the SDK's {@link RequestValidator}, against the public
 * URL the service is known by ({@code hailong.public-base-url} + path), never the URL a proxy forwarded: behind
 * TLS termination the service sees http://internal:8080 while Twilio signed https://public/... .
 */
@Singleton
public class TwilioWebhooks {

    private final TwilioSettings settings;
    private final String publicBaseUrl;

    public TwilioWebhooks(TwilioSettings settings,
                          @Value("${hailong.public-base-url:`http://localhost:8080`}") String publicBaseUrl) {
        this.settings = settings;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** @param path the request's path and query as Twilio called it, e.g. {@code /sms/twilio/inbound} */
    public boolean valid(String path, Map<String, String> formParams, String signature) {
        if (!settings.configured() || signature == null || signature.isBlank()) {
            return false;
        }
        return new RequestValidator(settings.getAuthToken()).validate(publicUrl(path), formParams, signature);
    }

    public String publicUrl(String path) {
        return publicBaseUrl + path;
    }
}
