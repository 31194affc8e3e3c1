package vn.hailong.sms.twilio;

import com.twilio.http.TwilioRestClient;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The SDK's REST client for the configured account and base URL; empty when no account is configured. */
@Singleton
public class TwilioClients {

    private final TwilioSettings settings;
    private volatile TwilioRestClient client;

    public TwilioClients(TwilioSettings settings) {
        this.settings = settings;
    }

    public Optional<TwilioRestClient> client() {
        if (!settings.configured()) {
            return Optional.empty();
        }
        TwilioRestClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = new TwilioRestClient.Builder(settings.getAccountSid(), settings.getAuthToken())
                            .httpClient(new RedirectingHttpClient(settings.getApiBaseUrl())).build();
                }
                c = client;
            }
        }
        return Optional.of(c);
    }

    public TwilioSettings settings() {
        return settings;
    }
}
