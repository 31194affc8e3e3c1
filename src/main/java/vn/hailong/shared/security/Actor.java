package vn.hailong.shared.security;

import io.micronaut.security.authentication.Authentication;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who is acting: a signed-in staff user or an API token, with its role and the root of its unit subtree.
 * Authentication fetchers put these attributes on the Micronaut {@link Authentication}; features read them
 * back with {@link #of(Authentication)} and ask {@code UnitScope} whether a unit is within reach.
 *
 * @param kind    USER or TOKEN
 * @param id      users.id or api_tokens.id
 * @param name    username or token name, for the audit trail
 * @param role    the single role held
 * @param unitId  root of the unit subtree the actor may see and change
 * @param kioskId set for kiosk tokens
 */
public record Actor(Kind kind, long id, String name, Role role, long unitId, Long kioskId) {

    public enum Kind { USER, TOKEN }

    static final String KIND = "hailong.kind";
    static final String ID = "hailong.id";
    static final String ROLE = "hailong.role";
    static final String UNIT_ID = "hailong.unitId";
    static final String KIOSK_ID = "hailong.kioskId";

    public static Actor of(Authentication authentication) {
        Map<String, Object> a = authentication.getAttributes();
        Object kiosk = a.get(KIOSK_ID);
        return new Actor(Kind.valueOf((String) a.get(KIND)), ((Number) a.get(ID)).longValue(),
                authentication.getName(), Role.valueOf((String) a.get(ROLE)),
                ((Number) a.get(UNIT_ID)).longValue(), kiosk == null ? null : ((Number) kiosk).longValue());
    }

    public static Optional<Actor> ofNullable(Authentication authentication) {
        return Optional.ofNullable(authentication).filter(a -> a.getAttributes().containsKey(KIND)).map(Actor::of);
    }

    public Authentication toAuthentication() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(KIND, kind.name());
        attributes.put(ID, id);
        attributes.put(ROLE, role.name());
        attributes.put(UNIT_ID, unitId);
        if (kioskId != null) {
            attributes.put(KIOSK_ID, kioskId);
        }
        return Authentication.build(name, java.util.List.of(role.name()), attributes);
    }

    /**
     * Whose idempotency keys these are: a kiosk's keys belong to the kiosk (they outlive a re-pairing, which issues a
     * new token), other keys to the token or user. Keys are unique only within a scope.
     */
    public String idempotencyScope() {
        if (kioskId != null) {
            return "kiosk:" + kioskId;
        }
        return (kind == Kind.USER ? "user:" : "token:") + id;
    }

    /** The scope of a citizen without a token: the client address the request came from. */
    public static String anonymousIdempotencyScope(String clientAddress) {
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.strip();
        return "addr:" + (address.length() > 70 ? address.substring(0, 70) : address);
    }

    public boolean hasRole(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }
}
