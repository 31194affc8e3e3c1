package vn.hailong.sms.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

import java.net.URI;

/**
 * The Twilio SDK builds https://api.twilio.com/... in code and has no base-URL setting (stack-notes.md §Twilio):
 * this client copies each request onto the configured base URL, keeping path, query, form, headers and auth, so the
 * SDK's own request building, paging and error mapping run unchanged against any Twilio-compatible server.
 */
class RedirectingHttpClient extends NetworkHttpClient {

    private final URI base;

    RedirectingHttpClient(String baseUrl) {
        this.base = URI.create(baseUrl);
    }

    @Override
    public Response makeRequest(Request original) {
        if (base.getHost() != null && base.getHost().equals("api.twilio.com") && "https".equals(base.getScheme())) {
            return super.makeRequest(original);
        }
        URI url = URI.create(original.getUrl());
        String target = base.getScheme() + "://" + base.getRawAuthority() + stripSlash(base.getRawPath())
                + url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        Request copy = new Request(original.getMethod(), target);
        original.getQueryParams().forEach((k, values) -> values.forEach(v -> copy.addQueryParam(k, v)));
        original.getPostParams().forEach((k, values) -> values.forEach(v -> copy.addPostParam(k, v)));
        original.getHeaderParams().forEach((k, values) -> values.forEach(v -> copy.addHeaderParam(k, v)));
        if (original.getContentType() != null) {
            copy.setContentType(original.getContentType());
        }
        if (original.getBody() != null) {
            copy.setBody(original.getBody());
        }
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        copy.setUserAgentExtensions(original.getUserAgentExtensions());
        return super.makeRequest(copy);
    }

    private static String stripSlash(String path) {
        return path == null ? "" : path.replaceAll("/+$", "");
    }
}
