package vn.hailong.sms.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Twilio account and sender ({@code hailong.twilio.*}, env HAILONG_TWILIO_*; product.md §4.9). {@code from} is a
 * number (+84..., +1...) or a Messaging Service SID (MG...). {@code apiBaseUrl} replaces https://api.twilio.com
 * (tests and the demo point it at the local fake). Without an account SID nothing is sent: messages stay queued.
 */
@ConfigurationProperties("hailong.twilio")
public class TwilioSettings {

    private String accountSid = "";
    private String authToken = "";
    private String from = "";
    private String apiBaseUrl = "https://api.twilio.com";

    public boolean configured() {
        return !accountSid.isBlank() && !authToken.isBlank();
    }

    public boolean fromIsMessagingService() {
        return from.startsWith("MG");
    }

    public String getAccountSid() {
        return accountSid;
    }

    public void setAccountSid(String accountSid) {
        this.accountSid = accountSid == null ? "" : accountSid.strip();
    }

    public String getAuthToken() {
        return authToken;
    }

    public void setAuthToken(String authToken) {
        this.authToken = authToken == null ? "" : authToken.strip();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from == null ? "" : from.strip();
    }

    public String getApiBaseUrl() {
        return apiBaseUrl;
    }

    public void setApiBaseUrl(String apiBaseUrl) {
        this.apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? "https://api.twilio.com"
                : apiBaseUrl.strip().replaceAll("/+$", "");
    }

    @Override
    public String toString() {
        return "TwilioSettings[" + accountSid + ", token hidden, from " + from + ", " + apiBaseUrl + "]";
    }
}
