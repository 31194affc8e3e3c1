package vn.hailong.support;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The service's HTTP routes as the Micronaut {@link Router} knows them (HEAD routes left out: GET's twins). */
public final class Routes {

    /** One route: method, URI template, the roles of its {@code @Secured} (the method's own, else its class's). */
    public record Route(String method, String template, List<String> secured, List<String> queryValues) {

        public String key() {
            return method + " " + template;
        }

        public boolean anonymous() {
            return secured.contains(SecurityRule.IS_ANONYMOUS);
        }
    }

    /** Roles held by tokens only, never by a signed-in member of staff. */
    private static final Set<String> TOKEN_ROLES = Set.of("KIOSK", "INTEGRATION");
    /** Management endpoints that are public by configuration (endpoints.health.sensitive=false). */
    private static final Set<String> PUBLIC_MANAGEMENT = Set.of("/health", "/health/{selector}");

    private Routes() {
    }

    public static List<Route> all(Router router) {
        return router.uriRoutes().filter(r -> r.getHttpMethod() != HttpMethod.HEAD).map(Routes::route).distinct()
                .sorted(Comparator.comparing(Route::template).thenComparing(Route::method)).toList();
    }

    /**
     * Routes anyone can reach without a staff sign-in: anonymous ones, public management endpoints, and those a
     * kiosk or integration token may call.
     */
    public static List<Route> publicOnes(Router router) {
        return all(router).stream().filter(r -> r.anonymous() || PUBLIC_MANAGEMENT.contains(r.template())
                || r.secured().stream().anyMatch(TOKEN_ROLES::contains)).toList();
    }

    private static Route route(UriRouteInfo<?, ?> r) {
        var method = r.getTargetMethod();
        String[] roles = method.getAnnotationMetadata().getDeclaredMetadata().stringValues(Secured.class);
        if (roles.length == 0) {
            roles = method.getAnnotationMetadata().stringValues(Secured.class);
        }
        List<String> query = Arrays.stream(method.getArguments())
                .filter(a -> a.getAnnotationMetadata().hasAnnotation(QueryValue.class))
                .map(a -> a.getAnnotationMetadata().stringValue(QueryValue.class).orElse(a.getName())).toList();
        return new Route(r.getHttpMethodName(), r.getUriMatchTemplate().toString(), List.of(roles), query);
    }
}
