package vn.hailong.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;

/**
 * The synchronizer token every form carries (hidden field {@code csrfToken}). It lives in the server session, where
 * {@code web.csrf.CsrfInterceptor} compares it when the form comes back; a session is started for an
 * anonymous visitor the first time a page with a form is shown. A new session (after sign-in) gets a new token.
 */
@Singleton
public class CsrfTokens {

    private final SessionStore<Session> sessions;
    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final CsrfConfiguration configuration;

    CsrfTokens(SessionStore<Session> sessions, CsrfTokenGenerator<HttpRequest<?>> generator,
               CsrfConfiguration configuration) {
        this.sessions = sessions;
        this.generator = generator;
        this.configuration = configuration;
    }

    public String tokenFor(HttpRequest<?> request) {
        Session session = SessionForRequest.findOrCreate(request, sessions);
        String key = configuration.getHttpSessionName();
        return session.get(key, String.class).orElseGet(() -> {
            String token = generator.generateCsrfToken(request);
            session.put(key, token);
            return token;
        });
    }

    /** The token already in the visitor's session, without starting a session. */
    public java.util.Optional<String> existingTokenFor(HttpRequest<?> request) {
        return SessionForRequest.find(request).flatMap(s -> s.get(configuration.getHttpSessionName(), String.class));
    }

    public String fieldName() {
        return configuration.getFieldName();
    }
}
