package vn.hailong.access.tokens;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.hailong.organisation.ProvinceRoot;

/** HAILONG_BOOTSTRAP_API_TOKEN: an ADMIN token for the province, registered on first start (product.md §4.1). */
@Singleton
class BootstrapToken {

    private final TokenIssuer issuer;
    private final ProvinceRoot province;
    private final String secret;

    BootstrapToken(TokenIssuer issuer, ProvinceRoot province, @Value("${hailong.bootstrap.api-token:}") String secret) {
        this.issuer = issuer;
        this.province = province;
        this.secret = secret;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (secret != null && !secret.isBlank()) {
            issuer.registerBootstrapSecret(secret.strip(), province.ensure().id());
        }
    }
}
