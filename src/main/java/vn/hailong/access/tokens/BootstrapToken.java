package vn.hailong.access.tokens;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.hailong.organisation.ProvinceRoot;

/**
 * HAILONG_BOOTSTRAP_API_TOKEN: an ADMIN token for the province, registered on first start (product.md §4.1). It must
 * be 32 to 200 characters long, or the service does not start.
 */
@Singleton
class BootstrapToken {

    private final TokenIssuer issuer;
    private final ProvinceRoot province;
    private final String secret;

    BootstrapToken(TokenIssuer issuer, ProvinceRoot province, @Value("${hailong.bootstrap.api-token:}") String secret) {
        this.issuer = issuer;
        this.province = province;
        this.secret = secret == null || secret.isBlank() ? null : secret.strip();
        String weakness = this.secret == null ? null : TokenSecret.weaknessOfChosen(this.secret);
        if (weakness != null) {
            // fails the start: a guessable admin token must never go live
            throw new ConfigurationException(weakness);
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (secret != null) {
            issuer.registerBootstrapSecret(secret, province.ensure().id());
        }
    }
}
